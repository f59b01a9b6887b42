//! Mounts the Libranet app into the page.

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(libranet_app::App);
}
