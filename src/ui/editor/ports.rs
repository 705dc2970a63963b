//! A SKU's open ports.

use super::{
    field::{InputKind, TextField},
    field_id,
    item_list::{AddItem, Item, ItemList},
    list_place::ListPlace,
    problems::{described_by, FieldProblems},
    Editor,
};
use crate::domain::{default_ports, fields, Port, Protocol};
use crate::i18n::*;
use leptos::prelude::*;

/// The open ports of SKU `sku`: number and protocol each, Add a port, and a button that sets
/// the OS family's default ports (from the domain).
#[component]
pub fn OpenPorts(sku: usize) -> impl IntoView {
    let editor = expect_context::<Editor>();
    let i18n = use_i18n();
    let path = fields::sku(sku).open_ports();
    let place: ListPlace<Port> = ListPlace::new(
        move |form| form.skus.get(sku).map(|s| &s.open_ports),
        move |form| form.skus.get_mut(sku).map(|s| &mut s.open_ports),
    );
    let family = move || {
        editor
            .offer
            .with(|offer| offer.draft.skus.get(sku).and_then(|s| s.os_family))
    };
    let defaults_hint = format!("hint-{path}-defaults");
    let fill_defaults = move |_| {
        if let Some(family) = family() {
            editor.edit(|form| {
                if let Some(s) = form.skus.get_mut(sku) {
                    s.open_ports = default_ports(family);
                }
            });
        }
    };
    let items_place = place.clone();
    let item = move |Item { index, remove }| {
        let port = fields::sku(sku).open_port(index);
        let item = port.path();
        let (number, set_number) =
            items_place.text(editor, index, |port| &port.number, |port| &mut port.number);
        let protocol_id = field_id(&port.protocol());
        let read = items_place.clone();
        let protocol =
            Signal::derive(
                move || match read.read(editor, index, |port| port.protocol) {
                    Some(Protocol::Udp) => "udp",
                    _ => "tcp",
                },
            );
        let write = items_place.clone();
        let set_protocol = move |ev| {
            let protocol = if event_target_value(&ev) == "udp" {
                Protocol::Udp
            } else {
                Protocol::Tcp
            };
            write.update(editor, index, |port| port.protocol = protocol);
        };
        let (invalid, described) = described_by(editor, item.clone(), None);
        let number_label = t_string!(i18n, editor.port_number, number = index + 1).to_string();
        view! {
            <fieldset
                class="port"
                id=field_id(&item)
                tabindex="-1"
                aria-invalid=move || invalid.get().then_some("true")
                aria-describedby=move || described.get()
            >
                <legend>{t_string!(i18n, editor.port_legend, number = index + 1).to_string()}</legend>
                <TextField path=port.number() label=number_label value=number on_input=set_number kind=InputKind::Number />
                <div class="field">
                    <label for=protocol_id.clone()>{t_string!(i18n, editor.port_protocol)}</label>
                    <select id=protocol_id.clone() on:change=set_protocol>
                        <option value="tcp" prop:selected=move || protocol.get() == "tcp">"TCP"</option>
                        <option value="udp" prop:selected=move || protocol.get() == "udp">"UDP"</option>
                    </select>
                </div>
                <FieldProblems path=item.clone() />
                <button type="button" class="remove" on:click=move |_| remove.run(())>
                    {t_string!(i18n, editor.remove_port, number = index + 1).to_string()}
                </button>
            </fieldset>
        }
    };
    let add = AddItem::new(
        t_string!(i18n, editor.add_port).to_string(),
        usize::MAX,
        |_| Port::default(),
        move |index| fields::sku(sku).open_port(index).number(),
    );
    view! {
        <fieldset class="list">
            <legend>{t_string!(i18n, editor.open_ports)}</legend>
            <p class="hint">{t_string!(i18n, editor.hint_open_ports)}</p>
            <ItemList path=path.clone() place item add />
            <button
                type="button"
                class="secondary"
                aria-disabled=move || family().is_none().then_some("true")
                aria-describedby=defaults_hint.clone()
                on:click=fill_defaults
            >
                {t_string!(i18n, editor.fill_default_ports)}
            </button>
            <p class="hint" id=defaults_hint.clone()>
                {move || match family() {
                    Some(family) => {
                        let ports = default_ports(family)
                            .iter()
                            .map(|port| port.number.clone())
                            .collect::<Vec<_>>()
                            .join(", ");
                        t_string!(i18n, editor.hint_default_ports, ports = ports).to_string()
                    }
                    None => t_string!(i18n, editor.hint_default_ports_no_family).to_string(),
                }}
            </p>
        </fieldset>
    }
}
