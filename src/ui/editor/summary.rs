//! The list of every problem that stops Publish, above the form.

use super::{problems::problem_text, sections::section_name, Editor, Section};
use crate::domain::{fields::names, FieldPath};
use crate::i18n::*;
use leptos::prelude::*;

/// The words for one part of a path: a field's name, or a list item counted from 1.
fn segment_label(name: &str, index: Option<usize>) -> Option<String> {
    let i18n = use_i18n();
    if let Some(index) = index {
        let number = index + 1;
        let text = match name {
            names::SKUS => t_string!(i18n, editor.sku_item, number = number),
            names::VM_SIZES => t_string!(i18n, editor.vm_size_item, number = number),
            names::OPEN_PORTS => t_string!(i18n, editor.port_legend, number = number),
            names::DISK_VERSIONS => t_string!(i18n, editor.disk_version_legend, number = number),
            names::DATA_DISKS => t_string!(i18n, editor.data_disk_legend, number = number),
            names::PREVIEW_SUBSCRIPTION_IDS => {
                t_string!(i18n, editor.preview_subscription_item, number = number)
            }
            names::CATEGORIES => t_string!(i18n, editor.category_item, number = number),
            names::SCREENSHOTS => t_string!(i18n, editor.screenshot_item, number = number),
            names::VIDEOS => t_string!(i18n, editor.video_legend, number = number),
            names::USEFUL_LINKS => t_string!(i18n, editor.link_legend, number = number),
            _ => return Some(format!("{name} {number}")),
        };
        return Some(text.to_string());
    }
    let text = match name {
        // Section names are said by the section already.
        names::SETTINGS | names::MARKETPLACE | names::SUPPORT => return None,
        names::OFFER_ID => t_string!(i18n, editor.field_offer_id),
        names::PUBLISHER_ID => t_string!(i18n, editor.field_publisher_id),
        names::NAME => t_string!(i18n, editor.field_name),
        names::SKUS => t_string!(i18n, editor.section_skus),
        names::SKU_ID => t_string!(i18n, editor.field_sku_id),
        names::TITLE => t_string!(i18n, editor.field_title),
        names::SUMMARY => t_string!(i18n, editor.field_summary),
        names::LONG_SUMMARY => t_string!(i18n, editor.field_mp_long_summary),
        names::DESCRIPTION => t_string!(i18n, editor.field_description),
        names::OS_FAMILY => t_string!(i18n, editor.field_os_family),
        names::OS_TYPE => t_string!(i18n, editor.field_os_type),
        names::OS_FRIENDLY_NAME => t_string!(i18n, editor.field_os_friendly_name),
        names::VM_SIZES => t_string!(i18n, editor.vm_sizes),
        names::OPEN_PORTS => t_string!(i18n, editor.open_ports),
        names::NUMBER => t_string!(i18n, editor.port_number_short),
        names::LICENSE => t_string!(i18n, editor.license),
        names::DISK_VERSIONS => t_string!(i18n, editor.disk_versions),
        names::VERSION => t_string!(i18n, editor.field_disk_version),
        names::OS_VHD_URL => t_string!(i18n, editor.field_os_vhd_url),
        names::OS_DISK_SIZE_GB => t_string!(i18n, editor.field_os_disk_size),
        names::DATA_DISKS => t_string!(i18n, editor.data_disks),
        names::LUN => t_string!(i18n, editor.field_lun),
        names::VHD_URL => t_string!(i18n, editor.field_data_vhd_url),
        names::SIZE_GB => t_string!(i18n, editor.field_data_disk_size),
        names::MARKETING_ID => t_string!(i18n, editor.field_marketing_id),
        names::PREVIEW_SUBSCRIPTION_IDS => t_string!(i18n, editor.preview_subscriptions),
        names::CATEGORIES => t_string!(i18n, editor.categories),
        names::LOGOS => t_string!(i18n, editor.logos),
        names::SMALL => t_string!(i18n, editor.logo_small),
        names::MEDIUM => t_string!(i18n, editor.logo_medium),
        names::LARGE => t_string!(i18n, editor.logo_large),
        names::WIDE => t_string!(i18n, editor.logo_wide),
        names::HERO => t_string!(i18n, editor.logo_hero),
        names::SCREENSHOTS => t_string!(i18n, editor.screenshots),
        names::VIDEOS => t_string!(i18n, editor.videos),
        names::LINK => t_string!(i18n, editor.field_video_link),
        names::THUMBNAIL => t_string!(i18n, editor.field_video_thumbnail),
        names::USEFUL_LINKS => t_string!(i18n, editor.useful_links),
        names::URL => t_string!(i18n, editor.field_url),
        names::LEAD_DESTINATION => t_string!(i18n, editor.field_lead_destination),
        names::CONNECTION_STRING => t_string!(i18n, editor.field_connection_string),
        names::USER => t_string!(i18n, editor.field_dynamics_user),
        names::PASSWORD => t_string!(i18n, editor.field_dynamics_password),
        names::SERVER_ID => t_string!(i18n, editor.field_marketo_server),
        names::MUNCHKIN_ID => t_string!(i18n, editor.field_marketo_munchkin),
        names::FORM_ID => t_string!(i18n, editor.field_marketo_form),
        names::ORG_ID => t_string!(i18n, editor.field_salesforce_org),
        names::PRIVACY_POLICY_URL => t_string!(i18n, editor.field_privacy_policy_url),
        names::TERMS_OF_USE => t_string!(i18n, editor.field_terms_of_use),
        names::ENGINEERING => t_string!(i18n, editor.engineering_contact),
        names::CUSTOMER => t_string!(i18n, editor.customer_contact),
        names::EMAIL => t_string!(i18n, editor.field_contact_email),
        names::PHONE => t_string!(i18n, editor.field_contact_phone),
        names::SUPPORT_URL => t_string!(i18n, editor.field_support_url),
        other => return Some(other.to_owned()),
    };
    Some(text.to_string())
}

/// Where a field is, in words: its section, then each part of its path
/// (e.g. "SKUs › SKU 1 › Disk version 1 › OS VHD URL").
pub(crate) fn path_label(path: &FieldPath) -> String {
    let mut parts = vec![section_name(Section::of_path(path))];
    // A list item names its list already ("SKU 1"), so lists and items are one part each.
    for (name, index) in path.segments() {
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
                let path = problem.path;
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
