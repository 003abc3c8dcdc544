//! The home page: what this is, why it pays off, and the way in.

use leptos::prelude::*;

#[component]
pub fn Home() -> impl IntoView {
    view! {
        <h1 tabindex="-1">"Write a thank-you for the No"</h1>
        <p class="lede">
            "Kept in Mind helps you write a short, gracious note to the people who turned you down, so they think of you when the next chance comes."
        </p>
        <h2>"Why it’s worth sending"</h2>
        <p>"Few people reply to a No, so a kind note is remembered. It keeps the door open when:"</p>
        <ol class="reasons">
            <li><strong>"Their first choice says no or backs out."</strong>" Offers fall through, sometimes weeks later."</li>
            <li><strong>"The hire doesn’t work out."</strong>" Most early departures happen in the first three to six months."</li>
            <li><strong>"Another role needs similar strengths."</strong>" They will think of the person they remember."</li>
            <li><strong>"A role is created for you."</strong>" A strong impression is sometimes enough."</li>
        </ol>
        <p>
            "If you are senior and came second or third, a note is close to expected: the people who interviewed you are now part of your network."
        </p>
        <p>"It takes about five minutes. You can stop at any time and pick up where you left off."</p>
        <div class="button-group">
            <a class="button" href="#/start" role="button">"Start now"</a>
        </div>
    }
}
