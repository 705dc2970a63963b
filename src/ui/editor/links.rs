//! The listing's useful links.

use super::{
    field::{bind, InputKind, TextField},
    field_id, focus_soon, Editor,
};
use crate::domain::{fields::marketplace, Link};
use crate::i18n::*;
use leptos::prelude::*;

/// Optional useful links: a title and an https address each.
#[component]
pub fn UsefulLinks() -> impl IntoView {
    let editor = expect_context::<Editor>();
    let i18n = use_i18n();
    let path = marketplace::useful_links();
    let count = Memo::new(move |_| {
        editor
            .offer
            .with(|o| o.draft.marketplace.useful_links.len())
    });
    let items = move || {
        (0..count.get())
            .map(|index| {
                let p = marketplace::useful_link(index);
                let (title, set_title) = bind(
                    editor,
                    move |form| form.marketplace.useful_links.get(index).map(|l| &l.title),
                    move |form| {
                        form.marketplace
                            .useful_links
                            .get_mut(index)
                            .map(|l| &mut l.title)
                    },
                );
                let (url, set_url) = bind(
                    editor,
                    move |form| form.marketplace.useful_links.get(index).map(|l| &l.url),
                    move |form| {
                        form.marketplace
                            .useful_links
                            .get_mut(index)
                            .map(|l| &mut l.url)
                    },
                );
                let number = index + 1;
                let remove = move |_| {
                    editor.edit(|form| {
                        if index < form.marketplace.useful_links.len() {
                            form.marketplace.useful_links.remove(index);
                        }
                    });
                    focus_soon(marketplace::useful_links());
                };
                view! {
                    <li>
                        <fieldset class="group">
                            <legend>{t_string!(i18n, editor.link_legend, number = number).to_string()}</legend>
                            <TextField
                                path=p.title()
                                label=t_string!(i18n, editor.field_link_title).to_string()
                                value=title
                                on_input=set_title
                            />
                            <TextField
                                path=p.url()
                                label=t_string!(i18n, editor.field_link_url).to_string()
                                hint=t_string!(i18n, editor.hint_https).to_string()
                                value=url
                                on_input=set_url
                                kind=InputKind::Url
                            />
                            <button type="button" class="remove" on:click=remove>
                                {t_string!(i18n, editor.remove_link, number = number).to_string()}
                            </button>
                        </fieldset>
                    </li>
                }
            })
            .collect_view()
    };
    let add = move |_| {
        let index = count.get_untracked();
        editor.edit(|form| form.marketplace.useful_links.push(Link::default()));
        focus_soon(marketplace::useful_link(index).title());
    };
    view! {
        <fieldset class="list">
            <legend>{t_string!(i18n, editor.useful_links)}</legend>
            <p class="hint">{t_string!(i18n, editor.hint_optional)}</p>
            <ul class="items">{items}</ul>
            <button type="button" class="add" id=field_id(&path) on:click=add>
                <span aria-hidden="true">"+ "</span>
                {t_string!(i18n, editor.add_link)}
            </button>
        </fieldset>
    }
}
