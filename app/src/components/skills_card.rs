//! "My skills": the skills on one's profile, each with a level, added with
//! the skill picker and saved whole.

use leptos::prelude::*;
use leptos::task::spawn_local;
use libranet_core::profile::{ProfileSkill, ProfileSkills, SkillLevel};

use crate::api;
use crate::components::form::{FormAlert, FormState, SubmitButton};
use crate::components::skill_picker::SkillPicker;
use crate::i18n::{Key, level_key, use_i18n};
use crate::skills::use_skills;
use crate::tr;

/// One's own skills, or (at the desk, with `patron`) a patron's, while
/// they consent.
#[component]
pub fn SkillsCard(#[prop(optional)] patron: Option<i64>) -> impl IntoView {
    let i18n = use_i18n();
    let skills = use_skills();
    let chosen = RwSignal::new(Vec::<ProfileSkill>::new());
    let form = FormState::new();
    let saved = RwSignal::new(false);
    spawn_local(async move {
        if let Ok(found) = api::profile::profile_skills_of(patron).await {
            chosen.try_set(found.skills);
        }
    });

    let add = move |skill_id: String| {
        saved.set(false);
        chosen.update(|list| {
            if !list.iter().any(|s| s.skill_id == skill_id) {
                list.push(ProfileSkill {
                    skill_id,
                    level: SkillLevel::default(),
                });
            }
        });
    };
    let label = move |id: &str| {
        let lang = i18n.lang.get();
        skills.with(|s| {
            s.as_ref()
                .map_or_else(|| id.to_owned(), |s| s.label(id, lang))
        })
    };
    let submit = form.on_submit(
        move || {
            saved.set(false);
            ProfileSkills {
                skills: chosen.get_untracked(),
            }
        },
        move |body| async move { api::profile::save_profile_skills_of(patron, &body).await },
        move |stored: ProfileSkills| {
            chosen.try_set(stored.skills);
            saved.try_set(true);
        },
    );

    view! {
        <section aria-labelledby="skills-title" class="card" data-testid="skills-card">
            <h2 id="skills-title">{tr!(i18n, MySkills)}</h2>
            <p>{tr!(i18n, MySkillsIntro)}</p>
            <form on:submit=submit novalidate data-testid="skills-form">
                <FormAlert form=form />
                <SkillPicker on_pick=add />
                <Show
                    when=move || !chosen.with(Vec::is_empty)
                    fallback=move || view! { <p class="hint">{tr!(i18n, NoSkillsYet)}</p> }
                >
                    <ul class="skill-list" data-testid="my-skills">
                        <For each=move || chosen.get() key=|s| s.skill_id.clone() let:skill>
                            <SkillRow skill=skill chosen=chosen label=label />
                        </For>
                    </ul>
                </Show>
                <SubmitButton form=form label=Key::SaveSkills />
                <p role="status" class="saved">{move || saved.get().then(|| i18n.t(Key::SkillsSaved))}</p>
            </form>
        </section>
    }
}

/// One chosen skill: its name, a level, and a way to remove it.
#[component]
fn SkillRow(
    skill: ProfileSkill,
    chosen: RwSignal<Vec<ProfileSkill>>,
    label: impl Fn(&str) -> String + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let i18n = use_i18n();
    let id = skill.skill_id.clone();
    let select_id = format!("level-{}", id.rsplit('/').next().unwrap_or_default());
    let name = {
        let id = id.clone();
        move || label(&id)
    };
    let set_level = {
        let id = id.clone();
        move |ev| {
            if let Some(level) = SkillLevel::parse(&event_target_value(&ev)) {
                chosen.update(|list| {
                    list.iter_mut()
                        .filter(|s| s.skill_id == id)
                        .for_each(|s| s.level = level);
                });
            }
        }
    };
    let remove = move |_| chosen.update(|list| list.retain(|s| s.skill_id != id));
    let name_for_level = name.clone();
    let name_for_remove = name.clone();
    view! {
        <li class="skill-row">
            <span class="skill-name">{name}</span>
            <label class="visually-hidden" for=select_id.clone()>
                {move || i18n.fill(Key::LevelFor, &[&name_for_level()])}
            </label>
            <select id=select_id on:change=set_level>
                {SkillLevel::ALL
                    .into_iter()
                    .map(|level| {
                        view! {
                            <option value=level.as_str() selected=level == skill.level>
                                {move || i18n.t(level_key(level))}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
            <button
                type="button"
                class="button small"
                aria-label=move || i18n.fill(Key::RemoveSkill, &[&name_for_remove()])
                on:click=remove
            >
                "×"
            </button>
        </li>
    }
}
