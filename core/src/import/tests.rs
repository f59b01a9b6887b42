use super::*;

fn resolve(name: &str) -> Option<String> {
    ["forklift", "stock", "cash"]
        .contains(&name.to_lowercase().as_str())
        .then(|| format!("skill:{}", name.to_lowercase()))
}

#[test]
fn csv_fields_may_be_quoted_with_commas_quotes_and_line_breaks() {
    let rows = parse_csv("a,b\r\n\"x, y\",\"say \"\"hi\"\"\nthere\"\n\n1,2").unwrap();
    assert_eq!(
        rows,
        [
            vec!["a", "b"],
            vec!["x, y", "say \"hi\"\nthere"],
            vec!["1", "2"]
        ]
    );
    assert_eq!(parse_csv("\"open"), Err(Problem::WrongType));
}

#[test]
fn csv_drops_a_bom_and_blank_records_and_takes_any_line_end() {
    let rows = parse_csv("\u{feff}a,b\r1,2\r\n,,\n  \n\"x\"y,z\n").unwrap();
    assert_eq!(rows, [vec!["a", "b"], vec!["1", "2"], vec!["xy", "z"]]);
    assert_eq!(parse_csv(""), Ok(Vec::new()));
    assert_eq!(parse_csv("a,\"b\"\"\n"), Err(Problem::WrongType));
}

#[test]
fn csv_rows_import_or_report_their_own_problems() {
    let text = "title,employer,place,schedule,pay_min,pay_max,essential_skills,posted_on,how_to_apply\n\
                Stock clerk,Harbor Foods,Riverside,part-time,16,19,Stock; Forklift,2026-11-01,Ask in store\n\
                Cashier,Harbor Foods,Riverside,sometimes,lots,,juggling,2026-11-01,Ask in store\n";
    let rows = read_rows(
        &ImportJobs {
            format: ImportFormat::Csv,
            text: text.into(),
        },
        &resolve,
    )
    .unwrap();
    let good = rows[0].as_ref().unwrap();
    assert_eq!(good.schedule, Schedule::PartTime);
    assert_eq!(good.essential, ["skill:stock", "skill:forklift"]);
    assert_eq!(good.pay.as_ref().map(|p| (p.min, p.max)), Some((16, 19)));
    let bad: Vec<(String, Problem)> = rows[1]
        .clone()
        .unwrap_err()
        .into_iter()
        .map(|e| (e.field, e.problem))
        .collect();
    assert_eq!(
        bad,
        [
            ("essential[0]".to_owned(), Problem::UnknownSkill),
            ("schedule".to_owned(), Problem::NotAllowed),
            ("pay.min".to_owned(), Problem::WrongType)
        ]
    );
    let no_header = ImportJobs {
        format: ImportFormat::Csv,
        text: "a,b\n1,2".into(),
    };
    assert_eq!(
        read_rows(&no_header, &resolve).unwrap_err(),
        Problem::CsvHeader
    );
}

#[test]
fn job_postings_read_from_a_graph_with_schema_org_names() {
    let text = r#"{"@context":"https://schema.org/","@graph":[
        {"@type":"JobPosting","title":"Driver","hiringOrganization":{"@type":"Organization","name":"Eastgate Moves"},
         "jobLocation":{"@type":"Place","address":{"addressLocality":"Eastgate","addressRegion":"CA"}},
         "employmentType":["FULL_TIME"],"datePosted":"2026-11-02T09:00:00Z","validThrough":"2026-12-31",
         "baseSalary":{"currency":"USD","value":{"minValue":20,"maxValue":24,"unitText":"HOUR"}},
         "skills":["forklift","cash"],"url":"https://example.org/apply"},
        {"@type":"Event","title":"Not a job"}]}"#;
    let rows = read_rows(
        &ImportJobs {
            format: ImportFormat::JobPosting,
            text: text.into(),
        },
        &resolve,
    )
    .unwrap();
    let job = rows[0].as_ref().unwrap();
    assert_eq!(
        (job.employer.as_str(), job.place.as_str()),
        ("Eastgate Moves", "Eastgate, CA")
    );
    assert_eq!(job.posted_on, "2026-11-02");
    assert_eq!(
        job.pay.as_ref().map(|p| (p.min, p.max, p.period)),
        Some((20, 24, PayPeriod::Hour))
    );
    assert_eq!(job.essential.len(), 2);
    assert_eq!(job.how_to_apply, "https://example.org/apply");
    assert!(rows[1].is_err());
    let broken = ImportJobs {
        format: ImportFormat::JobPosting,
        text: "{".into(),
    };
    assert_eq!(
        read_rows(&broken, &resolve).unwrap_err(),
        Problem::WrongType
    );
}
