"""Words that German administrative compounds are made of, for splitting compounds in search.

"Hundesteuer" is split into "hund" + "steuer" because both are listed here. The list is our own: common
nouns and verb stems of municipal administration, lowercase, without inflection.
"""

COMPOUND_PARTS: frozenset[str] = frozenset(
    """
    abfall abgabe abmeldung abnahme abrechnung abschluss abwasser adresse akte amt amts anlage anmeldung
    anordnung antrag anzeige arbeit archiv arzt aufenthalt auftrag aufsicht ausbildung ausfuhr auskunft
    ausländer ausnahme ausschuss ausweis auszug bad bau bauantrag baum beamte bedarf befreiung beglaubigung
    behinderung beihilfe beitrag bekanntmachung benutzung beratung bereich bericht beruf bescheid
    bescheinigung beschaffung beschluss beschwerde besoldung bestattung betreuung betrieb beurkundung
    bewerbung bewohner bibliothek bildung biotop blatt boden brand brief buch bürger bürgermeister dach
    daten denkmal dienst dienstleistung dokument dorf ehe eheschließung eigentum eingang einrichtung
    einwohner eintragung einvernehmen einzug energie entsorgung erbe ergebnis erlaubnis ermäßigung
    erschließung erstattung fach fahr fahrzeug fall familie feier feld fest feuer feuerwehr finanz
    fisch fischerei fläche flucht förder förderung forst fortbildung frau freizeit fried friedhof führung
    führungs fund fundsache garten gebäude gebühr geburt geld gemeinde genehmigung gericht geschäft gesetz
    gesundheit gewässer gewerbe grab grün grund grundstück gutachten halle handel haus haushalt heim
    hilfe hochzeit hof hund information infrastruktur jagd jahr jugend kasse kataster kauf kinder kind
    kindertages kirche kita klage kosten kraft kultur kunst land landwirtschaft lärm lebens lehr leistung
    liegenschaft lohn luft markt material melde meldung miete mittel müll nachweis name natur nutzung
    ordnung organisation ort park parken pass personal personen pflege pflicht plan planung platz polizei
    post preis protokoll prüfung rat rats raum recht rechnung register reinigung reise rente rettung sache
    satzung schaden schank schein schluss schule schutz see sicherheit sitzung sozial spiel sport stadt
    stand standes statistik stelle sterbe steuer straße strom tages tier umwelt unterhalt unterkunft
    unternehmen urkunde veranstaltung verein verfahren vergabe verkehr verlängerung vermessung versammlung
    versicherung versorgung vertrag verwaltung vollstreckung vorsorge wahl wald wasser weg werk wert
    widerspruch wirtschaft wohn wohnung wohnsitz zeit zentral zulassung zuschuss zweit zweck
    """.split()
)
