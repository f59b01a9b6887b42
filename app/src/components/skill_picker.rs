//! A text field that suggests skills from the taxonomy as the person types
//! (the ARIA combobox pattern: arrows move through the list, Enter picks,
//! Escape closes).

use leptos::ev::KeyboardEvent;
use leptos::prelude::*;

use crate::i18n::{Key, use_i18n};
use crate::skills::use_skills;

const SHOWN: usize = 8;

/// Calls `on_pick` with the id of each skill the person picks (or each
/// occupation, with `occupations`). `id` keeps two pickers on one page apart.
#[component]
pub fn SkillPicker(
    #[prop(into)] on_pick: Callback<String>,
    #[prop(default = "skill")] id: &'static str,
    #[prop(default = false)] occupations: bool,
    #[prop(default = Key::FindSkill)] label: Key,
    #[prop(default = Key::FindSkillHint)] hint: Key,
) -> impl IntoView {
    let i18n = use_i18n();
    let skills = use_skills();
    let query = RwSignal::new(String::new());
    let active = RwSignal::new(None::<usize>);
    let suggestions = Memo::new(move |_| {
        let lang = i18n.lang.get();
        let typed = query.get();
        skills.with(|s| {
            s.as_ref()
                .map(|s| {
                    if occupations {
                        return s.suggest_occupations(&typed, SHOWN, lang);
                    }
                    s.suggest(&typed, SHOWN)
                        .into_iter()
                        .map(|found| {
                            let label = s.label(&found.skill_id, lang);
                            (found.skill_id, label)
                        })
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    let expanded = move || !suggestions.with(Vec::is_empty);
    let pick = move |id: String| {
        on_pick.run(id);
        query.set(String::new());
        active.set(None);
    };
    let on_keydown = move |ev: KeyboardEvent| {
        let count = suggestions.with(Vec::len);
        match ev.key().as_str() {
            "ArrowDown" if count > 0 => {
                ev.prevent_default();
                active.set(Some(active.get_untracked().map_or(0, |i| (i + 1) % count)));
            }
            "ArrowUp" if count > 0 => {
                ev.prevent_default();
                active.set(Some(
                    active
                        .get_untracked()
                        .map_or(count - 1, |i| (i + count - 1) % count),
                ));
            }
            "Enter" => {
                // Enter picks; it never submits the surrounding form.
                ev.prevent_default();
                let chosen = match active.get_untracked() {
                    Some(i) => suggestions.with_untracked(|s| s.get(i).map(|(id, _)| id.clone())),
                    None if occupations => {
                        suggestions.with_untracked(|s| s.first().map(|(id, _)| id.clone()))
                    }
                    None => skills.with_untracked(|s| {
                        s.as_ref().and_then(|s| s.resolve(&query.get_untracked()))
                    }),
                };
                if let Some(id) = chosen {
                    pick(id);
                }
            }
            "Escape" => {
                query.set(String::new());
                active.set(None);
            }
            _ => {}
        }
    };
    let nothing_found = move || {
        skills.with(Option::is_some) && query.with(|q| q.trim().chars().count() >= 2) && !expanded()
    };
    view! {
        <div class="field skill-picker">
            <label for=format!("{id}-search")>{move || i18n.t(label)}</label>
            <p class="hint" id=format!("{id}-search-hint")>{move || i18n.t(hint)}</p>
            <Show
                when=move || skills.with(Option::is_some)
                fallback=move || view! { <p role="status">{move || i18n.t(Key::SkillsLoading)}</p> }
            >
                <input
                    id=format!("{id}-search")
                    type="text"
                    role="combobox"
                    autocomplete="off"
                    spellcheck="false"
                    aria-autocomplete="list"
                    aria-controls=format!("{id}-options")
                    aria-describedby=format!("{id}-search-hint")
                    aria-expanded=move || expanded().to_string()
                    aria-activedescendant=move || active.get().map(|i| format!("{id}-option-{i}"))
                    bind:value=query
                    on:input=move |_| active.set(None)
                    on:keydown=on_keydown
                />
                <ul id=format!("{id}-options") role="listbox" class="suggestions" hidden=move || !expanded()>
                    <For
                        each=move || suggestions.get().into_iter().enumerate()
                        key=|(i, (id, _))| (*i, id.clone())
                        let:item
                    >
                        {
                            let (i, (option, text)) = item;
                            view! {
                                <li
                                    id=format!("{id}-option-{i}")
                                    role="option"
                                    aria-selected=move || (active.get() == Some(i)).to_string()
                                    on:mousedown=move |ev| {
                                        ev.prevent_default();
                                        pick(option.clone());
                                    }
                                >
                                    {text}
                                </li>
                            }
                        }
                    </For>
                </ul>
                <p class="hint" role="status">{move || nothing_found().then(|| i18n.t(Key::NoSkillFound))}</p>
            </Show>
        </div>
    }
}
