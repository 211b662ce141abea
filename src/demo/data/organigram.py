"""Model organigram of the invented town "Musterstadt" (about 10,000 inhabitants).

Invented example data (Beispieldaten): five Geschäftsbereiche, their Ämter and Sachgebiete with
typical Stellen (pay groups in brackets).
"""

from demo.data import UnitItem

D, A, S = "dezernat", "amt", "sachgebiet"

UNITS: tuple[UnitItem, ...] = (
    # Geschäftsbereich I
    UnitItem(
        "1",
        "Geschäftsbereich I – Bürgermeister und Zentrale Verwaltung",
        D,
        None,
        ("Bürgermeisterin / Bürgermeister (Wahlbeamte)", "Büroleitung Bürgermeister (EG 9c)"),
    ),
    UnitItem("1.1", "Hauptamt", A, "1", ("Leitung Hauptamt (EG 11)",)),
    UnitItem(
        "1.1.1",
        "Personal",
        S,
        "1.1",
        (
            "Sachgebietsleitung Personal (EG 10)",
            "Sachbearbeitung Personal und Entgelt (EG 8)",
            "Sachbearbeitung Aus- und Fortbildung (EG 7)",
        ),
    ),
    UnitItem(
        "1.1.2",
        "IT und Digitalisierung",
        S,
        "1.1",
        ("IT-Administration (EG 10)", "Digitalisierungslotsin / Digitalisierungslotse (EG 9b)"),
    ),
    UnitItem(
        "1.1.3",
        "Zentrale Dienste und Archiv",
        S,
        "1.1",
        (
            "Sachbearbeitung Zentrale Dienste (EG 6)",
            "Poststelle und Registratur (EG 5)",
            "Archivsachbearbeitung (EG 8)",
        ),
    ),
    UnitItem(
        "1.1.4",
        "Ratsbüro und Wahlen",
        S,
        "1.1",
        ("Sachbearbeitung Ratsangelegenheiten (EG 8)", "Wahlsachbearbeitung (EG 8)"),
    ),
    UnitItem("1.1.5", "Vergabe und Beschaffung", S, "1.1", ("Sachbearbeitung Vergabe (EG 9a)",)),
    UnitItem("1.2", "Büro des Bürgermeisters", A, "1", ("Leitung Büro des Bürgermeisters (EG 11)",)),
    UnitItem(
        "1.2.1",
        "Öffentlichkeitsarbeit und Wirtschaftsförderung",
        S,
        "1.2",
        ("Referentin / Referent Öffentlichkeitsarbeit (EG 9b)", "Wirtschaftsförderung (EG 10)"),
    ),
    UnitItem(
        "1.2.2",
        "Organisation und Controlling",
        S,
        "1.2",
        ("Organisation und Prozessmanagement (EG 10)", "Controlling (EG 9c)"),
    ),
    UnitItem(
        "1.2.3",
        "Recht, Datenschutz und Informationssicherheit",
        S,
        "1.2",
        ("Justiziariat (EG 12)", "Datenschutz- und Informationssicherheitsbeauftragte/r (EG 10)"),
    ),
    # Geschäftsbereich II
    UnitItem(
        "2",
        "Geschäftsbereich II – Finanzen und Liegenschaften",
        D,
        None,
        ("Leitung Geschäftsbereich Finanzen (EG 13)",),
    ),
    UnitItem("2.1", "Kämmerei", A, "2", ("Kämmerin / Kämmerer (EG 12)",)),
    UnitItem(
        "2.1.1",
        "Haushalt",
        S,
        "2.1",
        (
            "Sachgebietsleitung Haushalt (EG 10)",
            "Sachbearbeitung Haushalt und Anlagen (EG 9a)",
            "Sachbearbeitung Buchhaltung (EG 8)",
        ),
    ),
    UnitItem(
        "2.1.2",
        "Steuern und Abgaben",
        S,
        "2.1",
        ("Sachbearbeitung Steuern (EG 8)", "Sachbearbeitung Abgaben und Beiträge (EG 8)"),
    ),
    UnitItem(
        "2.1.3",
        "Stadtkasse",
        S,
        "2.1",
        ("Kassenverwalterin / Kassenverwalter (EG 9a)", "Sachbearbeitung Kasse (EG 6)"),
    ),
    UnitItem(
        "2.1.4",
        "Vollstreckung",
        S,
        "2.1",
        ("Vollstreckungsinnendienst (EG 8)", "Vollziehungsbeamtin / Vollziehungsbeamter (EG 7)"),
    ),
    UnitItem("2.2", "Liegenschaftsamt", A, "2", ("Leitung Liegenschaftsamt (EG 11)",)),
    UnitItem("2.2.1", "Liegenschaften", S, "2.2", ("Sachbearbeitung Grundstücksverkehr (EG 9b)",)),
    UnitItem(
        "2.2.2",
        "Wohnungsverwaltung",
        S,
        "2.2",
        ("Sachbearbeitung Wohnungsverwaltung (EG 8)", "Hausmeisterin / Hausmeister (EG 5)"),
    ),
    # Geschäftsbereich III
    UnitItem(
        "3",
        "Geschäftsbereich III – Bürgerdienste und Ordnung",
        D,
        None,
        ("Leitung Geschäftsbereich Bürgerdienste (EG 12)",),
    ),
    UnitItem("3.1", "Ordnungsamt", A, "3", ("Leitung Ordnungsamt (EG 11)",)),
    UnitItem(
        "3.1.1",
        "Allgemeine Ordnungsangelegenheiten",
        S,
        "3.1",
        ("Sachbearbeitung Ordnungsrecht (EG 9a)", "Gemeindlicher Vollzugsdienst (EG 6)"),
    ),
    UnitItem("3.1.2", "Gewerbe", S, "3.1", ("Sachbearbeitung Gewerbe (EG 8)",)),
    UnitItem(
        "3.1.3",
        "Verkehr und Sondernutzung",
        S,
        "3.1",
        ("Sachbearbeitung Verkehr und Sondernutzung (EG 8)", "Politessen / Parkraumüberwachung (EG 5)"),
    ),
    UnitItem(
        "3.1.4",
        "Brandschutz",
        S,
        "3.1",
        ("Sachbearbeitung Brandschutz (EG 8)", "Gerätewartin / Gerätewart Feuerwehr (EG 6)"),
    ),
    UnitItem("3.1.5", "Friedhof", S, "3.1", ("Sachbearbeitung Friedhofsverwaltung (EG 7)",)),
    UnitItem("3.2", "Bürgerbüro", A, "3", ("Leitung Bürgerbüro (EG 9b)",)),
    UnitItem(
        "3.2.1",
        "Meldewesen",
        S,
        "3.2",
        ("Sachbearbeitung Meldewesen (EG 6)", "Sachbearbeitung Meldewesen (EG 6)"),
    ),
    UnitItem("3.2.2", "Pass- und Ausweiswesen", S, "3.2", ("Sachbearbeitung Pass und Ausweis (EG 6)",)),
    UnitItem(
        "3.2.3",
        "Bürgerservice und Fundbüro",
        S,
        "3.2",
        ("Sachbearbeitung Bürgerservice (EG 6)", "Sachbearbeitung Fundbüro (EG 5)"),
    ),
    UnitItem("3.3", "Standesamt", A, "3", ("Leitung Standesamt (EG 9c)",)),
    UnitItem("3.3.1", "Geburten und Sterbefälle", S, "3.3", ("Standesbeamtin / Standesbeamter (EG 9a)",)),
    UnitItem(
        "3.3.2",
        "Eheschließungen und Namensrecht",
        S,
        "3.3",
        ("Standesbeamtin / Standesbeamter (EG 9a)", "Sachbearbeitung Standesamt (EG 6)"),
    ),
    # Geschäftsbereich IV
    UnitItem(
        "4", "Geschäftsbereich IV – Bauen und Umwelt", D, None, ("Leitung Geschäftsbereich Bauen (EG 13)",)
    ),
    UnitItem("4.1", "Bauamt", A, "4", ("Leitung Bauamt (EG 12)",)),
    UnitItem(
        "4.1.1",
        "Bauverwaltung und Stadtplanung",
        S,
        "4.1",
        ("Sachbearbeitung Bauleitplanung (EG 11)", "Sachbearbeitung Bauverwaltung (EG 8)"),
    ),
    UnitItem(
        "4.1.2",
        "Hochbau und Gebäudemanagement",
        S,
        "4.1",
        ("Ingenieurin / Ingenieur Hochbau (EG 11)", "Sachbearbeitung Gebäudemanagement (EG 9a)"),
    ),
    UnitItem(
        "4.1.3",
        "Tiefbau und Straßen",
        S,
        "4.1",
        ("Ingenieurin / Ingenieur Tiefbau (EG 11)", "Sachbearbeitung Straßenverwaltung (EG 8)"),
    ),
    UnitItem("4.1.4", "Umwelt und Grünflächen", S, "4.1", ("Sachbearbeitung Umwelt und Grün (EG 9a)",)),
    UnitItem("4.2", "Bauhof", A, "4", ("Leitung Bauhof (EG 9a)",)),
    UnitItem(
        "4.2.1",
        "Straßenunterhaltung und Winterdienst",
        S,
        "4.2",
        (
            "Vorarbeiterin / Vorarbeiter Straße (EG 6)",
            "Straßenwärterin / Straßenwärter (EG 5)",
            "Kraftfahrerin / Kraftfahrer (EG 5)",
        ),
    ),
    UnitItem(
        "4.2.2",
        "Grünpflege und Friedhofsunterhaltung",
        S,
        "4.2",
        ("Gärtnerin / Gärtner (EG 5)", "Baumkontrolleurin / Baumkontrolleur (EG 6)"),
    ),
    UnitItem(
        "4.2.3", "Werkstatt und Fuhrpark", S, "4.2", ("Kfz-Mechatronikerin / Kfz-Mechatroniker (EG 6)",)
    ),
    # Geschäftsbereich V
    UnitItem(
        "5",
        "Geschäftsbereich V – Bildung, Soziales und Kultur",
        D,
        None,
        ("Leitung Geschäftsbereich Bildung und Soziales (EG 12)",),
    ),
    UnitItem("5.1", "Sozial- und Kitaverwaltung", A, "5", ("Leitung Sozial- und Kitaverwaltung (EG 11)",)),
    UnitItem(
        "5.1.1",
        "Kindertagesstätten",
        S,
        "5.1",
        ("Sachbearbeitung Kita-Verwaltung (EG 8)", "Sachbearbeitung Elternbeiträge (EG 7)"),
    ),
    UnitItem(
        "5.1.2",
        "Soziales und Senioren",
        S,
        "5.1",
        ("Sachbearbeitung Soziales (EG 8)", "Seniorenberatung (S 12)"),
    ),
    UnitItem("5.1.3", "Jugendarbeit", S, "5.1", ("Jugendpflegerin / Jugendpfleger (S 11b)",)),
    UnitItem("5.2", "Schulverwaltung und Kultur", A, "5", ("Leitung Schulverwaltung und Kultur (EG 10)",)),
    UnitItem(
        "5.2.1",
        "Schulverwaltung",
        S,
        "5.2",
        ("Sachbearbeitung Schulverwaltung (EG 8)", "Schulsekretärin / Schulsekretär (EG 6)"),
    ),
    UnitItem(
        "5.2.2",
        "Bibliothek und Kultur",
        S,
        "5.2",
        ("Bibliothekarin / Bibliothekar (EG 9a)", "Sachbearbeitung Kultur (EG 8)"),
    ),
    UnitItem(
        "5.2.3",
        "Sport, Vereine und Tourismus",
        S,
        "5.2",
        (
            "Sachbearbeitung Sport und Vereine (EG 8)",
            "Tourist-Information (EG 6)",
            "Schwimmmeisterin / Schwimmmeister (EG 7)",
        ),
    ),
)
