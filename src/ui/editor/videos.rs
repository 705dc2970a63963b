//! The listing's videos.

use super::{
    field::{bind, InputKind, TextField},
    field_id, focus_soon,
    images::ImagePicker,
    Editor,
};
use crate::domain::{fields::marketplace, rules::limits, Video};
use crate::i18n::*;
use leptos::prelude::*;

/// Optional videos: a link and a 533 x 324 thumbnail each.
#[component]
pub fn Videos() -> impl IntoView {
    let editor = expect_context::<Editor>();
    let i18n = use_i18n();
    let path = marketplace::videos();
    let count = Memo::new(move |_| editor.offer.with(|o| o.draft.marketplace.videos.len()));
    let items = move || {
        (0..count.get())
            .map(|index| {
                let p = marketplace::video(index);
                let (link, set_link) = bind(
                    editor,
                    move |form| form.marketplace.videos.get(index).map(|v| &v.link),
                    move |form| form.marketplace.videos.get_mut(index).map(|v| &mut v.link),
                );
                let thumbnail = Signal::derive(move || {
                    editor.offer.with(|o| {
                        o.draft
                            .marketplace
                            .videos
                            .get(index)
                            .and_then(|v| v.thumbnail.clone())
                    })
                });
                let on_pick = Callback::new(move |meta| {
                    editor.edit(|form| {
                        if let Some(video) = form.marketplace.videos.get_mut(index) {
                            video.thumbnail = Some(meta);
                        }
                    })
                });
                let number = index + 1;
                let remove = move |_| {
                    editor.edit(|form| {
                        if index < form.marketplace.videos.len() {
                            form.marketplace.videos.remove(index);
                        }
                    });
                    focus_soon(marketplace::videos());
                };
                view! {
                    <li>
                        <fieldset class="group">
                            <legend>{t_string!(i18n, editor.video_legend, number = number).to_string()}</legend>
                            <TextField
                                path=p.link()
                                label=t_string!(i18n, editor.field_video_link).to_string()
                                hint=t_string!(i18n, editor.hint_https).to_string()
                                value=link
                                on_input=set_link
                                kind=InputKind::Url
                            />
                            <ImagePicker
                                path=p.thumbnail()
                                label=t_string!(i18n, editor.field_video_thumbnail).to_string()
                                size=limits::SCREENSHOT_SIZE
                                value=thumbnail
                                on_pick
                            />
                            <button type="button" class="remove" on:click=remove>
                                {t_string!(i18n, editor.remove_video, number = number).to_string()}
                            </button>
                        </fieldset>
                    </li>
                }
            })
            .collect_view()
    };
    let add = move |_| {
        let index = count.get_untracked();
        editor.edit(|form| form.marketplace.videos.push(Video::default()));
        focus_soon(marketplace::video(index).link());
    };
    view! {
        <fieldset class="list">
            <legend>{t_string!(i18n, editor.videos)}</legend>
            <p class="hint">{t_string!(i18n, editor.hint_optional)}</p>
            <ul class="items">{items}</ul>
            <button type="button" class="add" id=field_id(&path) on:click=add>
                <span aria-hidden="true">"+ "</span>
                {t_string!(i18n, editor.add_video)}
            </button>
        </fieldset>
    }
}
