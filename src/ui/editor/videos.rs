//! The listing's videos.

use super::{
    field::{InputKind, TextField},
    images::ImagePicker,
    item_list::{AddItem, Item, ItemList},
    list_place::ListPlace,
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
    let place: ListPlace<Video> = ListPlace::new(
        |form| Some(&form.marketplace.videos),
        |form| Some(&mut form.marketplace.videos),
    );
    let items_place = place.clone();
    let item = move |item: Item| {
        let index = item.index;
        let p = marketplace::video(index);
        let (link, set_link) = items_place.text(editor, index, |v| &v.link, |v| &mut v.link);
        let read = items_place.clone();
        let thumbnail =
            Signal::derive(move || read.read(editor, index, |v| v.thumbnail.clone()).flatten());
        let write = items_place.clone();
        let on_pick = Callback::new(move |meta| {
            write.update(editor, index, |video| video.thumbnail = Some(meta))
        });
        let number = item.number();
        view! {
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
                <button type="button" class="remove" on:click=move |_| item.remove.run(())>
                    {t_string!(i18n, editor.remove_video, number = number).to_string()}
                </button>
            </fieldset>
        }
    };
    let add = AddItem::new(
        t_string!(i18n, editor.add_video).to_string(),
        usize::MAX,
        |_| Video::default(),
        |index| marketplace::video(index).link(),
    );
    view! {
        <fieldset class="list">
            <legend>{t_string!(i18n, editor.videos)}</legend>
            <p class="hint">{t_string!(i18n, editor.hint_optional)}</p>
            <ItemList path=marketplace::videos() place item add />
        </fieldset>
    }
}
