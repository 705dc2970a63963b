//! The list of every problem that stops Publish, above the form.

use super::{problems::problem_text, sections::section_name, Editor, Section};
use crate::i18n::*;
use leptos::prelude::*;

/// One part of a path: a name and, for list items, a position.
fn segments(path: &str) -> Vec<(&str, Option<usize>)> {
    path.split('.')
        .map(|part| match part.split_once('[') {
            Some((name, rest)) => (name, rest.trim_end_matches(']').parse().ok()),
            None => (part, None),
        })
        .collect()
}

/// The words for one part of a path: a field's name, or a list item counted from 1.
fn segment_label(name: &str, index: Option<usize>) -> Option<String> {
    let i18n = use_i18n();
    if let Some(index) = index {
        let number = index + 1;
        let text = match name {
            "skus" => t_string!(i18n, editor.sku_item, number = number),
            "vm_sizes" => t_string!(i18n, editor.vm_size_item, number = number),
            "open_ports" => t_string!(i18n, editor.port_legend, number = number),
            "disk_versions" => t_string!(i18n, editor.disk_version_legend, number = number),
            "data_disks" => t_string!(i18n, editor.data_disk_legend, number = number),
            "preview_subscription_ids" => {
                t_string!(i18n, editor.preview_subscription_item, number = number)
            }
            "categories" => t_string!(i18n, editor.category_item, number = number),
            "screenshots" => t_string!(i18n, editor.screenshot_item, number = number),
            "videos" => t_string!(i18n, editor.video_legend, number = number),
            "useful_links" => t_string!(i18n, editor.link_legend, number = number),
            _ => return Some(format!("{name} {number}")),
        };
        return Some(text.to_string());
    }
    let text = match name {
        // Section names are said by the section already.
        "settings" | "marketplace" | "support" => return None,
        "offer_id" => t_string!(i18n, editor.field_offer_id),
        "publisher_id" => t_string!(i18n, editor.field_publisher_id),
        "name" => t_string!(i18n, editor.field_name),
        "skus" => t_string!(i18n, editor.section_skus),
        "sku_id" => t_string!(i18n, editor.field_sku_id),
        "title" => t_string!(i18n, editor.field_title),
        "summary" => t_string!(i18n, editor.field_summary),
        "long_summary" => t_string!(i18n, editor.field_mp_long_summary),
        "description" => t_string!(i18n, editor.field_description),
        "os_family" => t_string!(i18n, editor.field_os_family),
        "os_type" => t_string!(i18n, editor.field_os_type),
        "os_friendly_name" => t_string!(i18n, editor.field_os_friendly_name),
        "vm_sizes" => t_string!(i18n, editor.vm_sizes),
        "open_ports" => t_string!(i18n, editor.open_ports),
        "number" => t_string!(i18n, editor.port_number_short),
        "license" => t_string!(i18n, editor.license),
        "disk_versions" => t_string!(i18n, editor.disk_versions),
        "version" => t_string!(i18n, editor.field_disk_version),
        "os_vhd_url" => t_string!(i18n, editor.field_os_vhd_url),
        "os_disk_size_gb" => t_string!(i18n, editor.field_os_disk_size),
        "data_disks" => t_string!(i18n, editor.data_disks),
        "lun" => t_string!(i18n, editor.field_lun),
        "vhd_url" => t_string!(i18n, editor.field_data_vhd_url),
        "size_gb" => t_string!(i18n, editor.field_data_disk_size),
        "marketing_id" => t_string!(i18n, editor.field_marketing_id),
        "preview_subscription_ids" => t_string!(i18n, editor.preview_subscriptions),
        "categories" => t_string!(i18n, editor.categories),
        "logos" => t_string!(i18n, editor.logos),
        "small" => t_string!(i18n, editor.logo_small),
        "medium" => t_string!(i18n, editor.logo_medium),
        "large" => t_string!(i18n, editor.logo_large),
        "wide" => t_string!(i18n, editor.logo_wide),
        "hero" => t_string!(i18n, editor.logo_hero),
        "screenshots" => t_string!(i18n, editor.screenshots),
        "videos" => t_string!(i18n, editor.videos),
        "link" => t_string!(i18n, editor.field_video_link),
        "thumbnail" => t_string!(i18n, editor.field_video_thumbnail),
        "useful_links" => t_string!(i18n, editor.useful_links),
        "url" => t_string!(i18n, editor.field_url),
        "lead_destination" => t_string!(i18n, editor.field_lead_destination),
        "connection_string" => t_string!(i18n, editor.field_connection_string),
        "user" => t_string!(i18n, editor.field_dynamics_user),
        "password" => t_string!(i18n, editor.field_dynamics_password),
        "server_id" => t_string!(i18n, editor.field_marketo_server),
        "munchkin_id" => t_string!(i18n, editor.field_marketo_munchkin),
        "form_id" => t_string!(i18n, editor.field_marketo_form),
        "org_id" => t_string!(i18n, editor.field_salesforce_org),
        "privacy_policy_url" => t_string!(i18n, editor.field_privacy_policy_url),
        "terms_of_use" => t_string!(i18n, editor.field_terms_of_use),
        "engineering" => t_string!(i18n, editor.engineering_contact),
        "customer" => t_string!(i18n, editor.customer_contact),
        "email" => t_string!(i18n, editor.field_contact_email),
        "phone" => t_string!(i18n, editor.field_contact_phone),
        "support_url" => t_string!(i18n, editor.field_support_url),
        other => return Some(other.to_owned()),
    };
    Some(text.to_string())
}

/// Where a field is, in words: its section, then each part of its path
/// (e.g. "SKUs › SKU 1 › Disk version 1 › OS VHD URL").
pub(super) fn path_label(path: &str) -> String {
    let mut parts = vec![section_name(Section::of_path(path))];
    // A list item names its list already ("SKU 1"), so lists and items are one part each.
    for (name, index) in segments(path) {
        parts.extend(segment_label(name, index));
    }
    parts.dedup();
    parts.join(" › ")
}

/// After Publish, every problem in a list: each entry says where and what, and moves focus to
/// its field (showing its section first).
#[component]
pub fn ProblemSummary() -> impl IntoView {
    let editor = expect_context::<Editor>();
    let i18n = use_i18n();
    let shown = move || editor.attempted.get() && editor.problems.with(|p| !p.is_empty());
    let count = move || editor.problems.with(Vec::len);
    let items = move || {
        editor
            .problems
            .get()
            .into_iter()
            .map(|problem| {
                let path = problem.path.as_str().to_owned();
                let label = path_label(&path);
                let text = problem_text(&problem.kind);
                view! {
                    <li>
                        <button
                            type="button"
                            class="link"
                            on:click=move |_| editor.go_to(&path)
                        >
                            <span class="problem-where">{label}</span>
                            ": "
                            {text}
                        </button>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <Show when=shown>
            <section class="problem-summary" aria-labelledby="problem-summary-heading">
                <h3 id="problem-summary-heading">
                    <span aria-hidden="true">"⚠ "</span>
                    {move || t_string!(i18n, editor.summary_heading, count = count()).to_string()}
                </h3>
                <p class="hint">{t_string!(i18n, editor.summary_hint)}</p>
                <ul>{items}</ul>
            </section>
        </Show>
    }
}
