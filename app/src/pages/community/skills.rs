//! `/community/skills`: a library worker's record of skills (level and
//! evidence), skills to develop, availability, and who may find it.

use leptos::prelude::*;
use libranet_core::expertise::{Evidence, EvidenceKind, Expertise, WorkerSkill};
use libranet_core::profile::{SkillLevel, Visibility};

use crate::api;
use crate::components::area_choices::AreaChoices;
use crate::components::community::CommunityNav;
use crate::components::form::{FormAlert, FormState, SubmitButton, TextField};
use crate::components::listing_forms::{Choice, PickedSkills};
use crate::components::loaded::{Frame, Load, loaded};
use crate::components::profile_card::visibility_key;
use crate::components::shell::{SignedInOnly, page_title};
use crate::components::skill_picker::SkillPicker;
use crate::failure::Failure;
use crate::i18n::{Key, level_key, use_i18n};
use crate::skills::use_skills;
use crate::tr;

fn evidence_key(kind: EvidenceKind) -> Key {
    match kind {
        EvidenceKind::Project => Key::EvidenceProject,
        EvidenceKind::Course => Key::EvidenceCourse,
        EvidenceKind::Certificate => Key::EvidenceCertificate,
    }
}

#[component]
pub fn SkillsPage() -> impl IntoView {
    page_title(Key::MySkillsRecord);
    let i18n = use_i18n();
    let record = Load::new(|| async { api::expertise::expertise().await.map_err(Failure::from) });
    view! {
        <h1>{tr!(i18n, MySkillsRecord)}</h1>
        <SignedInOnly>
            <CommunityNav />
            <p class="lead">{tr!(i18n, SkillsRecordIntro)}</p>
            {loaded(record, Frame::quiet(), |e: Expertise| view! { <ExpertiseForm start=e /> })}
        </SignedInOnly>
    }
}

/// One row per skill held: level, and optional evidence.
#[derive(Clone)]
struct Row {
    skill: WorkerSkill,
    kind: RwSignal<EvidenceKind>,
    title: RwSignal<String>,
    level: RwSignal<SkillLevel>,
}

impl Row {
    fn new(skill: WorkerSkill) -> Row {
        Row {
            kind: RwSignal::new(
                skill
                    .evidence
                    .as_ref()
                    .map_or(EvidenceKind::Project, |e| e.kind),
            ),
            title: RwSignal::new(
                skill
                    .evidence
                    .as_ref()
                    .map(|e| e.title.clone())
                    .unwrap_or_default(),
            ),
            level: RwSignal::new(skill.level),
            skill,
        }
    }

    fn value(&self) -> WorkerSkill {
        let title = self.title.get_untracked();
        WorkerSkill {
            skill_id: self.skill.skill_id.clone(),
            level: self.level.get_untracked(),
            evidence: (!title.trim().is_empty()).then(|| Evidence {
                kind: self.kind.get_untracked(),
                title,
            }),
        }
    }
}

#[component]
fn ExpertiseForm(start: Expertise) -> impl IntoView {
    let i18n = use_i18n();
    let skills = use_skills();
    let rows = RwSignal::new(
        start
            .skills
            .iter()
            .cloned()
            .map(Row::new)
            .collect::<Vec<_>>(),
    );
    let wants = RwSignal::new(start.wants.clone());
    let areas = RwSignal::new(start.areas.clone());
    let region = RwSignal::new(start.region.clone());
    let projects = RwSignal::new(start.for_projects);
    let teaching = RwSignal::new(start.for_teaching);
    let visibility = RwSignal::new(start.visibility);
    let form = FormState::new();
    let saved = RwSignal::new(false);
    let request = move || {
        saved.set(false);
        Expertise {
            skills: rows.get_untracked().iter().map(Row::value).collect(),
            wants: wants.get_untracked(),
            areas: areas.get_untracked(),
            region: region.get_untracked(),
            for_projects: projects.get_untracked(),
            for_teaching: teaching.get_untracked(),
            visibility: visibility.get_untracked(),
        }
    };
    let on_submit = form.on_submit(
        request,
        |b: Expertise| async move { api::expertise::save_expertise(&b).await },
        move |_| saved.set(true),
    );
    let add = move |id: String| {
        rows.update(|r| {
            if !r.iter().any(|row| row.skill.skill_id == id) {
                r.push(Row::new(WorkerSkill {
                    skill_id: id,
                    level: SkillLevel::Working,
                    evidence: None,
                }));
            }
        });
    };
    view! {
        <form on:submit=on_submit novalidate>
            <SkillPicker id="held-skill" label=Key::SkillsIHave on_pick=add />
            <ul class="skill-list" data-testid="held-skills">
                <For each=move || rows.get() key=|r| r.skill.skill_id.clone() let:row>
                    {
                        let id = row.skill.skill_id.clone();
                        let name = skills.with_untracked(|s| s.as_ref().map_or_else(|| id.clone(), |s| s.label(&id, i18n.lang.get_untracked())));
                        let level_id = format!("level-{}", row.skill.skill_id.len() + rows.with_untracked(|r| r.iter().position(|x| x.skill.skill_id == id).unwrap_or(0)));
                        let kind_id = format!("{level_id}-kind");
                        let title_id = format!("{level_id}-title");
                        let remove_label = i18n.fill(Key::RemoveSkill, &[&name]);
                        let (level, kind, title) = (row.level, row.kind, row.title);
                        let gone = id.clone();
                        view! {
                            <li class="skill-row card">
                                <span class="skill-name">{name}</span>
                                <div class="field">
                                    <label for=level_id.clone()>{tr!(i18n, Level)}</label>
                                    <select id=level_id on:change=move |ev| {
                                        let v = event_target_value(&ev);
                                        if let Some(l) = SkillLevel::parse(&v) { level.set(l) }
                                    }>
                                        {SkillLevel::ALL.into_iter().map(|l| view! {
                                            <option value=l.as_str() selected=move || level.get() == l>{move || i18n.t(level_key(l))}</option>
                                        }).collect_view()}
                                    </select>
                                </div>
                                <div class="field">
                                    <label for=kind_id.clone()>{tr!(i18n, EvidenceKindLabel)}</label>
                                    <select id=kind_id on:change=move |ev| {
                                        let v = event_target_value(&ev);
                                        if let Some(k) = EvidenceKind::ALL.into_iter().find(|k| format!("{k:?}") == v) { kind.set(k) }
                                    }>
                                        {EvidenceKind::ALL.into_iter().map(|k| view! {
                                            <option value=format!("{k:?}") selected=move || kind.get() == k>{move || i18n.t(evidence_key(k))}</option>
                                        }).collect_view()}
                                    </select>
                                </div>
                                <div class="field">
                                    <label for=title_id.clone()>{tr!(i18n, EvidenceTitle)}</label>
                                    <input id=title_id type="text" bind:value=title />
                                </div>
                                <button type="button" class="button small" aria-label=remove_label
                                    on:click=move |_| rows.update(|r| r.retain(|x| x.skill.skill_id != gone))>{tr!(i18n, Remove)}</button>
                            </li>
                        }
                    }
                </For>
            </ul>
            <PickedSkills id="wanted-skill" label=Key::SkillsIWant picked=wants problem=form.problem("wants") />
            <AreaChoices id="expertise-area" legend=Key::MentorAreas picked=areas />
            <TextField id="expertise-region" label=Key::Region hint=Some(Key::RegionHint) value=region problem=form.problem("region") />
            <label class="check" for="for-projects"><input type="checkbox" id="for-projects" bind:checked=projects />{tr!(i18n, ForProjects)}</label>
            <label class="check" for="for-teaching"><input type="checkbox" id="for-teaching" bind:checked=teaching />{tr!(i18n, ForTeaching)}</label>
            <Choice id="expertise-visibility" label=Key::WhoCanFindMe value=visibility options=Visibility::ALL.to_vec() text=visibility_key />
            <FormAlert form=form />
            <SubmitButton form=form label=Key::Save />
            <p role="status" class="saved" data-testid="expertise-saved">{move || saved.get().then(|| i18n.t(Key::Saved))}</p>
        </form>
    }
}
