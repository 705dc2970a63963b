//! Mounts the app on the page; the app removes index.html's loading message once it shows
//! in its language (`ui::app`).

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(golive::ui::App);
}
