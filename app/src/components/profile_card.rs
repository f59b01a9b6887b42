//! "About me": headline, about, region, languages, work history, education
//! and who may see the profile; JSON Resume out to a file and back in.

use leptos::prelude::*;
use leptos::task::spawn_local;
use libranet_core::profile::{EducationEntry, ProfileDetails, ProfileSkill, Visibility, WorkEntry};
use libranet_core::resume;
use wasm_bindgen::JsCast;

use crate::api::{self, ApiFailure};
use crate::components::form::{
    FormAlert, FormState, SubmitButton, TextField, file_text, picked_file,
};
use crate::i18n::{Key, use_i18n};
use crate::skills::use_skills;
use crate::tr;

pub fn visibility_key(v: Visibility) -> Key {
    match v {
        Visibility::OnlyMe => Key::VisibleOnlyMe,
        Visibility::Staff => Key::VisibleStaff,
        Visibility::Members => Key::VisibleMembers,
        Visibility::Public => Key::VisiblePublic,
    }
}

/// One's own profile details, or (at the desk, with `patron`) a patron's,
/// while they consent: then who may see it and the statistics choice stay
/// the patron's, and nothing is exported to this computer.
#[expect(
    clippy::needless_pass_by_value,
    reason = "a component's props are owned: Leptos passes them by value"
)]
#[component]
pub fn ProfileCard(username: String, #[prop(optional)] patron: Option<i64>) -> impl IntoView {
    let i18n = use_i18n();
    let skills = use_skills();
    let headline = RwSignal::new(String::new());
    let about = RwSignal::new(String::new());
    let region = RwSignal::new(String::new());
    let languages = RwSignal::new(String::new());
    let visibility = RwSignal::new(Visibility::OnlyMe);
    let branch = RwSignal::new(None::<i64>);
    let statistics = RwSignal::new(false);
    let show_attended = RwSignal::new(false);
    let branches = RwSignal::new(Vec::<libranet_core::desk::BranchView>::new());
    spawn_local(async move {
        if let Ok(found) = api::branches::branches().await {
            branches.try_set(found);
        }
    });
    let work = RwSignal::new(Vec::<WorkEntry>::new());
    let education = RwSignal::new(Vec::<EducationEntry>::new());
    let imported_skills = RwSignal::new(Vec::<ProfileSkill>::new());
    let unknown = RwSignal::new(Vec::<String>::new());
    let message = RwSignal::new(None::<Key>);
    let form = FormState::new();
    let fill = move |d: ProfileDetails| {
        headline.set(d.headline);
        about.set(d.about);
        region.set(d.region);
        languages.set(d.languages.join(", "));
        visibility.set(d.visibility);
        branch.set(d.branch_id);
        statistics.set(d.statistics);
        show_attended.set(d.show_attended);
        work.set(d.work_history);
        education.set(d.education);
    };
    // Until the saved details have arrived, saving would overwrite them
    // with blanks, so the form refuses; a failed load is retried, then said.
    let loaded = RwSignal::new(false);
    spawn_local(async move {
        for _ in 0..3 {
            if let Ok(d) = api::profile::profile_details_of(patron).await {
                fill(d);
                loaded.try_set(true);
                return;
            }
        }
        message.try_set(Some(Key::ServerError));
    });
    let details = move || ProfileDetails {
        headline: headline.get_untracked(),
        about: about.get_untracked(),
        region: region.get_untracked(),
        languages: languages
            .get_untracked()
            .split(',')
            .map(|l| l.trim().to_owned())
            .filter(|l| !l.is_empty())
            .collect(),
        work_history: work.get_untracked(),
        education: education.get_untracked(),
        visibility: visibility.get_untracked(),
        branch_id: branch.get_untracked(),
        statistics: statistics.get_untracked(),
        show_attended: show_attended.get_untracked(),
    };
    let submit = form.on_submit(
        move || {
            message.set(None);
            (details(), imported_skills.get_untracked())
        },
        move |(body, new_skills): (ProfileDetails, Vec<ProfileSkill>)| async move {
            let saved = api::profile::save_profile_details_of(patron, &body).await?;
            if !new_skills.is_empty() {
                let mut current = api::profile::profile_skills_of(patron).await?;
                for skill in new_skills {
                    if !current.skills.iter().any(|s| s.skill_id == skill.skill_id) {
                        current.skills.push(skill);
                    }
                }
                api::profile::save_profile_skills_of(patron, &current).await?;
            }
            Ok::<_, ApiFailure>(saved)
        },
        move |_| {
            imported_skills.set(Vec::new());
            message.set(Some(Key::Saved));
        },
    );
    let submit = move |ev: leptos::ev::SubmitEvent| {
        if loaded.get_untracked() {
            submit(ev);
        } else {
            ev.prevent_default();
            message.set(Some(Key::ServerError));
        }
    };
    let export = {
        let username = username.clone();
        move |_| {
            let username = username.clone();
            spawn_local(async move {
                let saved_skills = api::profile::profile_skills()
                    .await
                    .map(|s| s.skills)
                    .unwrap_or_default();
                let doc = skills.with_untracked(|s| {
                    resume::export(&username, &details(), &saved_skills, |id| {
                        s.as_ref()
                            .map_or_else(|| id.to_owned(), |s| s.label(id, libranet_core::Lang::En))
                    })
                });
                download("resume.json", "application/json", &doc.to_string());
            });
        }
    };
    let import = move |ev: leptos::ev::Event| {
        let Some(file) = picked_file(&ev) else { return };
        spawn_local(async move {
            let text = file_text(file).await.unwrap_or_default();
            let found = skills.with_untracked(|s| {
                resume::import(&text, visibility.get_untracked(), |name| {
                    s.as_ref().and_then(|s| {
                        s.has_skill(name)
                            .then(|| name.to_owned())
                            .or_else(|| s.resolve(name))
                    })
                })
            });
            match found {
                Some(mut found) => {
                    // A file never decides the branch or the statistics choice.
                    found.details.branch_id = branch.get_untracked();
                    found.details.statistics = statistics.get_untracked();
                    found.details.show_attended = show_attended.get_untracked();
                    fill(found.details);
                    imported_skills.set(found.skills);
                    unknown.set(found.unknown_skills);
                    message.set(Some(Key::ResumeLoaded));
                }
                None => message.set(Some(Key::ResumeInvalid)),
            }
        });
    };
    view! {
        <section aria-labelledby="profile-title" class="card" data-testid="profile-card">
            <h2 id="profile-title">{tr!(i18n, AboutMe)}</h2>
            <form on:submit=submit novalidate data-testid="profile-form">
                <FormAlert form=form />
                <TextField id="headline" label=Key::Headline value=headline problem=form.problem("headline") hint=Some(Key::HeadlineHint) />
                <div class="field">
                    <label for="about">{tr!(i18n, AboutField)}</label>
                    <textarea id="about" rows="4" bind:value=about></textarea>
                </div>
                <TextField id="region" label=Key::Region value=region problem=form.problem("region") hint=Some(Key::RegionHint) />
                <TextField id="languages" label=Key::LanguagesSpoken value=languages problem=form.problem("languages") hint=Some(Key::LanguagesHint) />
                <EntryList title=Key::WorkHistory items=work render=|w: &WorkEntry| format!("{} — {} {}–{}", w.title, w.employer, w.start, w.end) />
                <AddWork work=work />
                <EntryList title=Key::Education items=education render=|e: &EducationEntry| format!("{} — {} {}", e.institution, e.study, e.end) />
                <AddEducation education=education />
                <div class="field">
                    <label for="home-branch">{tr!(i18n, MyBranch)}</label>
                    <select id="home-branch" data-testid="home-branch" on:change=move |ev| {
                        branch.set(event_target_value(&ev).parse().ok());
                    }>
                        <option value="" selected=move || branch.get().is_none()>{tr!(i18n, NoBranch)}</option>
                        {move || branches.get().into_iter().map(|b| view! {
                            <option value=b.id.to_string() selected=move || branch.get() == Some(b.id)>{b.name.clone()}</option>
                        }).collect_view()}
                    </select>
                </div>
                {patron.is_none().then(|| view! {
                    <div class="field">
                        <label for="visibility">{tr!(i18n, WhoSees)}</label>
                        <select id="visibility" data-testid="visibility" on:change=move |ev| {
                            let v = event_target_value(&ev);
                            if let Some(found) = Visibility::ALL.into_iter().find(|x| format!("{x:?}") == v) { visibility.set(found); }
                        }>
                            {Visibility::ALL.into_iter().map(|v| view! {
                                <option value=format!("{v:?}") selected=move || visibility.get() == v>{move || i18n.t(visibility_key(v))}</option>
                            }).collect_view()}
                        </select>
                    </div>
                    <label class="check" for="share-statistics">
                        <input type="checkbox" id="share-statistics" data-testid="share-statistics"
                            aria-describedby="share-statistics-hint" bind:checked=statistics />
                        {tr!(i18n, ShareStatistics)}
                    </label>
                    <p class="hint" id="share-statistics-hint">{tr!(i18n, ShareStatisticsHint)}</p>
                    <label class="check" for="show-attended">
                        <input type="checkbox" id="show-attended" data-testid="show-attended" bind:checked=show_attended />
                        {tr!(i18n, ShowAttended)}
                    </label>
                })}
                {patron.is_some().then(|| view! { <p class="hint">{tr!(i18n, PatronKeepsPrivacy)}</p> })}
                <Show when=move || !unknown.with(Vec::is_empty)>
                    <p class="hint">{move || i18n.fill(Key::ResumeUnknownSkills, &[&unknown.get().join(", ")])}</p>
                </Show>
                <SubmitButton form=form label=Key::Save />
                <p role="status" class="saved" data-testid="profile-status">{move || message.get().map(|key| i18n.t(key))}</p>
            </form>
            {patron.is_none().then(|| view! {
                <div class="inline-form">
                    <button type="button" class="button" data-testid="export-resume" on:click=export.clone()>{tr!(i18n, ExportResume)}</button>
                    <div class="field">
                        <label for="import-resume">{tr!(i18n, ImportResume)}</label>
                        <input id="import-resume" type="file" accept=".json,application/json" on:change=import data-testid="import-resume" />
                    </div>
                </div>
            })}
        </section>
    }
}

/// Offers `text` as a file download, without it ever leaving the browser.
pub(crate) fn download(name: &str, mime: &str, text: &str) {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    if let Ok(a) = document()
        .create_element("a")
        .and_then(|a| a.dyn_into::<web_sys::HtmlElement>().map_err(Into::into))
    {
        let _ = a.set_attribute("href", &url);
        let _ = a.set_attribute("download", name);
        a.click();
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

#[component]
fn EntryList<T: Clone + Send + Sync + 'static>(
    title: Key,
    items: RwSignal<Vec<T>>,
    render: fn(&T) -> String,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <h3>{move || i18n.t(title)}</h3>
        <ul class="entries">
            {move || items.get().iter().enumerate().map(|(i, item)| {
                let text = render(item);
                let aria = text.clone();
                view! {
                    <li>
                        {text}
                        " "
                        <button type="button" class="button small" aria-label=move || i18n.fill(Key::RemoveEntry, &[&aria])
                            on:click=move |_| items.update(|list| { if i < list.len() { list.remove(i); } })>"×"</button>
                    </li>
                }
            }).collect_view()}
        </ul>
    }
}

#[component]
fn AddWork(work: RwSignal<Vec<WorkEntry>>) -> impl IntoView {
    let i18n = use_i18n();
    let (title, employer, start, end) = (
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
    );
    let add = move |_| {
        if title.with_untracked(|t| t.trim().is_empty()) {
            return;
        }
        work.update(|w| {
            w.push(WorkEntry {
                title: title.get_untracked().trim().to_owned(),
                employer: employer.get_untracked().trim().to_owned(),
                occupation_id: None,
                start: start.get_untracked().trim().to_owned(),
                end: end.get_untracked().trim().to_owned(),
            });
        });
        for s in [title, employer, start, end] {
            s.set(String::new());
        }
    };
    view! {
        <fieldset class="inline-form">
            <legend>{tr!(i18n, AddWorkEntry)}</legend>
            <div class="field"><label for="work-title">{tr!(i18n, JobTitleField)}</label><input id="work-title" bind:value=title /></div>
            <div class="field"><label for="work-employer">{tr!(i18n, FacetEmployer)}</label><input id="work-employer" bind:value=employer /></div>
            <div class="field"><label for="work-start">{tr!(i18n, FromYear)}</label><input id="work-start" inputmode="numeric" placeholder="2019" bind:value=start /></div>
            <div class="field"><label for="work-end">{tr!(i18n, ToYear)}</label><input id="work-end" inputmode="numeric" bind:value=end /></div>
            <button type="button" class="button" on:click=add>{tr!(i18n, AddEntry)}</button>
        </fieldset>
    }
}

#[component]
fn AddEducation(education: RwSignal<Vec<EducationEntry>>) -> impl IntoView {
    let i18n = use_i18n();
    let (institution, study, end) = (
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
    );
    let add = move |_| {
        if institution.with_untracked(|t| t.trim().is_empty()) {
            return;
        }
        education.update(|e| {
            e.push(EducationEntry {
                institution: institution.get_untracked().trim().to_owned(),
                study: study.get_untracked().trim().to_owned(),
                end: end.get_untracked().trim().to_owned(),
            });
        });
        for s in [institution, study, end] {
            s.set(String::new());
        }
    };
    view! {
        <fieldset class="inline-form">
            <legend>{tr!(i18n, AddEducationEntry)}</legend>
            <div class="field"><label for="edu-school">{tr!(i18n, School)}</label><input id="edu-school" bind:value=institution /></div>
            <div class="field"><label for="edu-study">{tr!(i18n, Studied)}</label><input id="edu-study" bind:value=study /></div>
            <div class="field"><label for="edu-end">{tr!(i18n, ToYear)}</label><input id="edu-end" inputmode="numeric" bind:value=end /></div>
            <button type="button" class="button" on:click=add>{tr!(i18n, AddEntry)}</button>
        </fieldset>
    }
}
