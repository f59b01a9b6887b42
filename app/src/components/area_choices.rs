//! Checkboxes for career areas.

use leptos::prelude::*;
use libranet_core::mentoring::CareerArea;

use crate::i18n::{Key, use_i18n};
use crate::labels::area_key;

/// Checkboxes for career areas.
#[component]
pub fn AreaChoices(
    id: &'static str,
    legend: Key,
    picked: RwSignal<Vec<CareerArea>>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <fieldset class="field">
            <legend>{move || i18n.t(legend)}</legend>
            <div class="check-grid">
                {CareerArea::ALL.into_iter().map(|area| {
                    let box_id = format!("{id}-{area:?}");
                    view! {
                        <label class="check" for=box_id.clone()>
                            <input type="checkbox" id=box_id.clone()
                                prop:checked=move || picked.with(|p| p.contains(&area))
                                on:change=move |ev| {
                                    let on = event_target_checked(&ev);
                                    picked.update(|p| { p.retain(|a| *a != area); if on { p.push(area) } });
                                } />
                            {move || i18n.t(area_key(area))}
                        </label>
                    }
                }).collect_view()}
            </div>
        </fieldset>
    }
}
