//! The listing's useful links.

use super::{
    field::{InputKind, TextField},
    item_list::{AddItem, Item, ItemList},
    list_place::ListPlace,
    Editor,
};
use crate::domain::{fields::marketplace, Link};
use crate::i18n::*;
use leptos::prelude::*;

/// Optional useful links: a title and an https address each.
#[component]
pub fn UsefulLinks() -> impl IntoView {
    let editor = expect_context::<Editor>();
    let i18n = use_i18n();
    let place: ListPlace<Link> = ListPlace::new(
        |form| Some(&form.marketplace.useful_links),
        |form| Some(&mut form.marketplace.useful_links),
    );
    let items_place = place.clone();
    let item = move |item: Item| {
        let p = marketplace::useful_link(item.index);
        let (title, set_title) =
            items_place.text(editor, item.index, |l| &l.title, |l| &mut l.title);
        let (url, set_url) = items_place.text(editor, item.index, |l| &l.url, |l| &mut l.url);
        let number = item.number();
        view! {
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
                <button type="button" class="remove" on:click=move |_| item.remove.run(())>
                    {t_string!(i18n, editor.remove_link, number = number).to_string()}
                </button>
            </fieldset>
        }
    };
    let add = AddItem::new(
        t_string!(i18n, editor.add_link).to_string(),
        usize::MAX,
        |_| Link::default(),
        |index| marketplace::useful_link(index).title(),
    );
    view! {
        <fieldset class="list">
            <legend>{t_string!(i18n, editor.useful_links)}</legend>
            <p class="hint">{t_string!(i18n, editor.hint_optional)}</p>
            <ItemList path=marketplace::useful_links() place item add />
        </fieldset>
    }
}
