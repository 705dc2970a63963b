//! Mounts the app on the page, then removes index.html's loading message.

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(golive::ui::App);
    // The app is on the page: the loading message of index.html has done its job.
    if let Some(loading) = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.get_element_by_id("loading"))
    {
        loading.remove();
    }
}
