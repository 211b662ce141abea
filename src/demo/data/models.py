"""Invented BPMN models of three Musterstadt processes, laid out by modelling.bpmn.build."""

from modelling.bpmn.build import Step

# profile name -> (lanes, steps)
MODELS: dict[str, tuple[list[str], list[Step]]] = {
    "Wohnsitz anmelden (Zuzug)": (
        ["Bürgerin / Bürger", "Bürgerbüro"],
        [
            Step("start", "Umzug nach Musterstadt", 0),
            Step("user", "Termin online buchen", 0),
            Step("user", "Identität und Wohnungsgeberbestätigung prüfen", 1),
            Step("gateway", "Unterlagen vollständig?", 1),
            Step("service", "Meldedaten im Fachverfahren erfassen", 1),
            Step("task", "Meldebestätigung aushändigen", 1),
            Step("end", "Wohnsitz angemeldet", 0),
        ],
    ),
    "Hund anmelden (Hundesteuer)": (
        ["Halterin / Halter", "Steueramt"],
        [
            Step("start", "Hund aufgenommen", 0),
            Step("send", "Anmeldung online senden", 0),
            Step("user", "Anmeldung prüfen", 1),
            Step("service", "Steuerbescheid erzeugen", 1),
            Step("task", "Steuermarke versenden", 1),
            Step("end", "Hund angemeldet", 0),
        ],
    ),
    "Halterwechsel eines Hundes melden": (
        ["Neue Halterin / neuer Halter", "Steueramt"],
        [
            Step("start", "Hund übernommen", 0),
            Step("user", "Halterwechsel melden", 0),
            Step("user", "Abmeldung des bisherigen Halters abgleichen", 1),
            Step("timer", "Monatsende abwarten", 1),
            Step("service", "Steuerpflicht umschreiben", 1),
            Step("end", "Halterwechsel eingetragen", 0),
        ],
    ),
}
