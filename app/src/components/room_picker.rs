//! Picking a library room for an event or an appointment: the branch's
//! records fill the place ("Branch, room") and the branch, so the place
//! reads the same everywhere and library insight can filter by branch.

use leptos::prelude::*;
use leptos::task::spawn_local;
use libranet_core::desk::BranchView;

use crate::api;
use crate::i18n::use_i18n;
use crate::tr;

#[component]
pub fn RoomPicker(
    id: &'static str,
    place: RwSignal<String>,
    branch: RwSignal<Option<i64>>,
    /// Set to the picked branch's time zone (`None` with no room).
    #[prop(optional)]
    zone: Option<RwSignal<Option<String>>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let branches = RwSignal::new(Vec::<BranchView>::new());
    spawn_local(async move {
        if let Ok(found) = api::branches::branches().await {
            branches.try_set(found);
        }
    });
    let pick = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        let picked = value.split_once(':').and_then(|(b, r)| {
            let (b, r): (i64, i64) = (b.parse().ok()?, r.parse().ok()?);
            branches.with_untracked(|all| {
                let found = all.iter().find(|x| x.id == b)?;
                let room = found.rooms.iter().find(|x| x.id == r)?;
                Some((b, found.place(room), found.time_zone.clone()))
            })
        });
        if let Some((b, name, time_zone)) = picked {
            branch.set(Some(b));
            place.set(name);
            if let Some(zone) = zone {
                zone.set(Some(time_zone));
            }
        } else {
            branch.set(None);
            if let Some(zone) = zone {
                zone.set(None);
            }
        }
    };
    view! {
        <div class="field">
            <label for=id>{tr!(i18n, PickRoom)}</label>
            <select id=id on:change=pick>
                <option value="">{tr!(i18n, NoRoom)}</option>
                {move || branches.get().into_iter().flat_map(|b| {
                    b.rooms.clone().into_iter().map(move |r| {
                        let text = b.place(&r);
                        view! { <option value=format!("{}:{}", b.id, r.id)>{text}</option> }
                    })
                }).collect_view()}
            </select>
        </div>
    }
}
