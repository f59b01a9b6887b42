//! A listing as schema.org `JobPosting`: embedded on every job page as
//! JSON-LD, in the terms search engines read.

use serde::{Deserialize, Serialize};

use super::{Job, WorkMode};

/// A schema.org `JobPosting`, as embedded in a page (JSON-LD) and as
/// accepted by the bulk import.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct JobPostingLd {
    /// The vocabulary, `https://schema.org/`.
    #[serde(rename = "@context")]
    pub context: String,
    /// The schema.org type, `JobPosting`.
    #[serde(rename = "@type")]
    pub kind: String,
    /// The job's title.
    pub title: String,
    /// What the job involves (the title when there is no description).
    pub description: String,
    /// The day it was posted, `YYYY-MM-DD`.
    pub date_posted: String,
    /// The closing day, `YYYY-MM-DD`, if there is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub valid_through: Option<String>,
    /// `FULL_TIME`, `PART_TIME` and the like.
    pub employment_type: String,
    /// The employer.
    pub hiring_organization: LdOrganization,
    /// Where the work is, unless it is remote.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub job_location: Option<LdPlace>,
    /// `TELECOMMUTE` for remote work.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub job_location_type: Option<String>,
    /// Where a remote worker must live.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub applicant_location_requirements: Option<LdAdministrativeArea>,
    /// The pay, if the listing gives it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub base_salary: Option<LdSalary>,
    /// Skill names, comma separated.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub skills: Option<String>,
    /// The ESCO occupation URI, if there is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub occupational_category: Option<String>,
    /// The listing's id on this site.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub identifier: Option<LdIdentifier>,
}

/// A schema.org `Organization`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LdOrganization {
    /// The schema.org type, `Organization`.
    #[serde(rename = "@type")]
    pub kind: String,
    /// The organisation's name.
    pub name: String,
}

/// A schema.org `Place`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LdPlace {
    /// The schema.org type, `Place`.
    #[serde(rename = "@type")]
    pub kind: String,
    /// Its postal address.
    pub address: LdAddress,
}

/// A schema.org `PostalAddress`, down to the town.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct LdAddress {
    /// The schema.org type, `PostalAddress`.
    #[serde(rename = "@type")]
    pub kind: String,
    /// The town or city.
    pub address_locality: String,
}

/// A schema.org `AdministrativeArea` (a region by name).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LdAdministrativeArea {
    /// The schema.org type, `AdministrativeArea`.
    #[serde(rename = "@type")]
    pub kind: String,
    /// The area's name.
    pub name: String,
}

/// A schema.org `MonetaryAmount` for a salary.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LdSalary {
    /// The schema.org type, `MonetaryAmount`.
    #[serde(rename = "@type")]
    pub kind: String,
    /// The ISO 4217 currency code.
    pub currency: String,
    /// The amount, as a range per period.
    pub value: LdSalaryValue,
}

/// A schema.org `QuantitativeValue`: a pay range per period.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct LdSalaryValue {
    /// The schema.org type, `QuantitativeValue`.
    #[serde(rename = "@type")]
    pub kind: String,
    /// The lowest pay.
    pub min_value: u32,
    /// The highest pay.
    pub max_value: u32,
    /// The period: `HOUR`, `WEEK`, `MONTH` or `YEAR`.
    pub unit_text: String,
}

/// A schema.org `PropertyValue` naming the listing on this site.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LdIdentifier {
    /// The schema.org type, `PropertyValue`.
    #[serde(rename = "@type")]
    pub kind: String,
    /// The site's name.
    pub name: String,
    /// The listing's id there.
    pub value: String,
}

impl Job {
    /// The listing as a schema.org `JobPosting`; `skill_label` names a
    /// skill id (in English, the language search engines index).
    pub fn to_json_ld(
        &self,
        site_name: &str,
        skill_label: impl Fn(&str) -> String,
    ) -> JobPostingLd {
        let f = &self.fields;
        let remote = f.work_mode == WorkMode::Remote;
        let skills: Vec<String> = f
            .essential
            .iter()
            .chain(&f.optional)
            .map(|id| skill_label(id))
            .collect();
        JobPostingLd {
            context: "https://schema.org/".into(),
            kind: "JobPosting".into(),
            title: f.title.clone(),
            description: if f.description.is_empty() {
                f.title.clone()
            } else {
                f.description.clone()
            },
            date_posted: f.posted_on.clone(),
            valid_through: f.closes_on.clone(),
            employment_type: f.schedule.schema_org().into(),
            hiring_organization: LdOrganization {
                kind: "Organization".into(),
                name: f.employer.clone(),
            },
            job_location: (!remote).then(|| LdPlace {
                kind: "Place".into(),
                address: LdAddress {
                    kind: "PostalAddress".into(),
                    address_locality: f.place.clone(),
                },
            }),
            job_location_type: remote.then(|| "TELECOMMUTE".into()),
            applicant_location_requirements: remote.then(|| LdAdministrativeArea {
                kind: "AdministrativeArea".into(),
                name: f.place.clone(),
            }),
            base_salary: f.pay.as_ref().map(|p| LdSalary {
                kind: "MonetaryAmount".into(),
                currency: p.currency.clone(),
                value: LdSalaryValue {
                    kind: "QuantitativeValue".into(),
                    min_value: p.min,
                    max_value: p.max,
                    unit_text: p.period.schema_org().into(),
                },
            }),
            skills: (!skills.is_empty()).then(|| skills.join(", ")),
            occupational_category: f.occupation_id.clone(),
            identifier: Some(LdIdentifier {
                kind: "PropertyValue".into(),
                name: site_name.to_owned(),
                value: self.id.to_string(),
            }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::jobs::tests::fields;

    #[test]
    fn json_ld_names_the_posting_in_schema_org_terms() {
        let job = Job {
            id: 7,
            version: 1,
            open: true,
            fields: fields(),
        };
        let ld = job.to_json_ld("Riverside Library", |id| {
            id.trim_start_matches("skill:").to_owned()
        });
        let json = serde_json::to_value(&ld).unwrap();
        assert_eq!(json["@type"], "JobPosting");
        assert_eq!(json["hiringOrganization"]["name"], "Harbor Foods");
        assert_eq!(json["employmentType"], "PART_TIME");
        assert_eq!(json["baseSalary"]["value"]["unitText"], "HOUR");
        assert_eq!(
            json["jobLocation"]["address"]["addressLocality"],
            "Riverside"
        );
        assert_eq!(json["skills"], "stock, forklift");
        assert_eq!(json["validThrough"], "2026-12-01");
    }
}
