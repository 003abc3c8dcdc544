//! The frame every page shares: skip link, header, main, footer.

use leptos::prelude::*;

use super::home::Home;

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    view! {
        <div class="app page">
            <a class="skip-link" href="#main">"Skip to main content"</a>
            <header class="site-header">
                <div class="site-header__inner">
                    <a class="site-name" href="#">"Kept in Mind"</a>
                </div>
            </header>
            <main class="main" id="main" tabindex="-1">
                <Home/>
            </main>
            <Footer/>
        </div>
    }
}

#[component]
fn Footer() -> impl IntoView {
    view! {
        <footer class="site-footer">
            <div class="site-footer__inner">
                <p>
                    <strong>"Everything you type stays in this browser. Nothing is sent anywhere."</strong>
                </p>
                <p class="muted">
                    "Your answers are saved on this device only, so you can close the page and come back later."
                </p>
            </div>
        </footer>
    }
}
