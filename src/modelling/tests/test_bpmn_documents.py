"""Reading BPMN files: what is refused (with which message) and how the accepted text is kept."""

import codecs
import time

import pytest
from django.utils.formats import number_format
from django.utils.translation import gettext
from lxml import etree

from modelling.bpmn import documents
from modelling.bpmn.checks import findings
from modelling.bpmn.documents import BPMN_NS, MAX_BYTES, BpmnDocument, BpmnFileError, parse_bpmn

BPMN = (
    '<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" '
    'xmlns:vendor="http://example.org/vendor" id="Definitions_1" targetNamespace="http://example.org/t">\n'
    '  <bpmn:process id="Process_1" isExecutable="false" vendor:colour="blue">\n'
    "    <!-- a comment that must survive -->\n"
    '    <bpmn:task id="Task_1" name="{name}"/>\n'
    "  </bpmn:process>\n"
    "</bpmn:definitions>\n"
)


def the_file(name: str) -> str:
    return gettext("The file “%(name)s”") % {"name": name}


def refusal(data: bytes | str, file_name: str = "modell.bpmn") -> str:
    with pytest.raises(BpmnFileError) as caught:
        parse_bpmn(data, file_name=file_name)
    assert str(caught.value) == caught.value.message
    return caught.value.message


def task_name(document: BpmnDocument) -> str:
    return document.root.find(f"{{{BPMN_NS}}}process/{{{BPMN_NS}}}task").get("name")


# --- refusals ----------------------------------------------------------------------------------------------


def test_it_refuses_an_empty_file() -> None:
    expected = gettext("%(file)s is empty.") % {"file": the_file("leer.bpmn")}
    assert refusal(b"", "leer.bpmn") == expected
    assert refusal(b"  \n\t ", "leer.bpmn") == expected


def test_it_names_no_file_when_it_has_no_name() -> None:
    assert refusal(b"", "") == gettext("%(file)s is empty.") % {"file": gettext("The file")}


def test_it_names_only_the_file_not_the_folders_it_came_from() -> None:
    assert the_file("x.bpmn") in refusal(b"", "C:\\Users\\amt\\x.bpmn")


def test_it_refuses_a_file_above_the_size_limit_before_parsing_it(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_parsing(*args: object, **kwargs: object) -> None:
        raise AssertionError("the parser must not see a file that is too large")

    monkeypatch.setattr(documents.etree, "fromstring", no_parsing)
    padding = b" " * (21 * 1024 * 1024)
    data = BPMN.format(name="Antrag prüfen").encode() + padding
    assert len(data) > MAX_BYTES
    message = refusal(data)
    assert message == gettext(
        "%(file)s is too large: it has %(size)s MB, at most %(limit)d MB are accepted."
    ) % {
        "file": the_file("modell.bpmn"),
        "size": number_format(len(data) / (1024 * 1024), 1),
        "limit": 20,
    }
    huge = b"<" + b"x" * (50 * 1024 * 1024)
    started = time.process_time()
    refusal(huge)
    assert time.process_time() - started < 0.5


def test_it_refuses_text_above_the_size_limit() -> None:
    assert "20 MB" in refusal(BPMN.format(name="x") + " " * MAX_BYTES)


def test_it_refuses_text_that_is_not_xml_and_names_the_line() -> None:
    data = b'<?xml version="1.0"?>\n<definitions>\n  <task>\n</definitions>\n'
    message = refusal(data)
    reason = gettext("the element “%(open)s” opened in line %(opened)s is closed as “%(close)s”") % {
        "open": "task",
        "opened": "3",
        "close": "definitions",
    }
    assert message == gettext("%(file)s is not an XML file: %(reason)s (line %(line)d).") % {
        "file": the_file("modell.bpmn"),
        "reason": reason,
        "line": 4,
    }


def test_it_refuses_a_spreadsheet_saved_as_text() -> None:
    assert refusal(b"Name;Nummer\nWohnsitz anmelden;P-0001\n") == gettext(
        "%(file)s is not an XML file: %(reason)s (line %(line)d)."
    ) % {
        "file": the_file("modell.bpmn"),
        "reason": gettext("it does not begin with an XML element"),
        "line": 1,
    }


def test_it_explains_an_undefined_entity_in_a_file_without_doctype() -> None:
    message = refusal(b'<bpmn:definitions xmlns:bpmn="' + BPMN_NS.encode() + b'">&nbsp;</bpmn:definitions>')
    assert "&nbsp;" in message


@pytest.mark.parametrize(
    "data",
    [
        b"<!DOCTYPE html>\n<html><head><title>Prozess</title></head><body><p>Kein BPMN<br></p></body></html>",
        b"<html><body><p>Kein BPMN</p></body></html>",
        b'<html xmlns="http://www.w3.org/1999/xhtml"><body/></html>',
        b"<html><body><p>unclosed</body></html>",
    ],
    ids=["doctype", "well-formed", "xhtml", "broken"],
)
def test_it_refuses_a_web_page(data: bytes) -> None:
    assert refusal(data) == gettext(
        "%(file)s is a web page (HTML), not a BPMN model. Please upload the .bpmn file that your "
        "modelling tool exports."
    ) % {"file": the_file("modell.bpmn")}


BILLION_LAUGHS = (
    b'<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n'
    + b"".join(
        f' <!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">\n'.encode()
        for i in range(1, 10)
    )
    + b']>\n<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" name="&lol9;"/>\n'
)
EXTERNAL_ENTITY = (
    b'<?xml version="1.0"?>\n<!DOCTYPE definitions [<!ENTITY secret SYSTEM "file:///etc/passwd">]>\n'
    b'<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" name="&secret;">&secret;</definitions>'
)


def doctype_message() -> str:
    return gettext(
        "%(file)s contains a document type declaration (<!DOCTYPE …>). BPMN files never need one, and "
        "it is refused for safety because it can define entities that read other files or fill the "
        "memory. Remove it and upload the file again."
    ) % {"file": the_file("modell.bpmn")}


def test_it_refuses_a_billion_laughs_file_without_expanding_it(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_parsing(*args: object, **kwargs: object) -> None:
        raise AssertionError("the parser must not see a document type declaration")

    monkeypatch.setattr(documents.etree, "fromstring", no_parsing)
    started = time.process_time()
    assert refusal(BILLION_LAUGHS) == doctype_message()
    assert time.process_time() - started < 0.5


def test_it_refuses_an_external_entity_and_never_reads_it() -> None:
    message = refusal(EXTERNAL_ENTITY)
    assert message == doctype_message()
    assert "root:" not in message


def test_it_refuses_a_doctype_hidden_behind_comments_and_processing_instructions() -> None:
    data = (
        b'<?xml version="1.0" encoding="UTF-8"?>\n<!-- exported --><?vendor x?>\n'
        b'<!doctype definitions SYSTEM "http://example.org/bpmn.dtd">\n'
        b'<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"/>'
    )
    assert refusal(data) == doctype_message()


def test_it_still_refuses_a_doctype_the_prolog_check_missed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(documents, "_refuse_doctype", lambda text, subject: None)
    for data in (EXTERNAL_ENTITY, BILLION_LAUGHS):
        started = time.process_time()
        message = refusal(data)  # by the parser (an entity in an attribute) or the check after it
        assert "root:" not in message
        assert "lollollol" not in message
        assert time.process_time() - started < 0.5


def test_it_refuses_a_root_element_that_is_not_definitions() -> None:
    message = refusal(b'<?xml version="1.0"?>\n<catalog><entry/></catalog>')
    assert message == gettext(
        "%(file)s is an XML file, but not a BPMN model: it begins with the element “%(element)s” "
        "instead of “definitions”."
    ) % {"file": the_file("modell.bpmn"), "element": "catalog"}


@pytest.mark.parametrize(
    "namespace",
    ["http://schema.omg.org/spec/BPMN/2.0", "http://www.omg.org/bpmn20", "http://www.signavio.com/bpmn20"],
)
def test_it_refuses_definitions_in_another_namespace_and_names_it(namespace: str) -> None:
    message = refusal(f'<definitions xmlns="{namespace}"><process id="p"/></definitions>'.encode())
    assert namespace in message
    assert BPMN_NS in message


def test_it_refuses_definitions_without_a_namespace() -> None:
    message = refusal(b'<definitions id="d"><process id="p"/></definitions>')
    assert message == gettext(
        "%(file)s is not a BPMN 2.0 model: its root element “definitions” has no namespace, "
        "BPMN 2.0 requires the namespace “%(expected)s”. "
        "Export the diagram again as BPMN 2.0 XML."
    ) % {"file": the_file("modell.bpmn"), "expected": BPMN_NS}


def test_it_refuses_a_dmn_decision_model_as_such() -> None:
    message = refusal(b'<definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="d"/>')
    assert "DMN" in message


def test_it_refuses_a_fragment_of_a_bpmn_model() -> None:
    data = f'<bpmn:process xmlns:bpmn="{BPMN_NS}" id="P"><bpmn:task id="T"/></bpmn:process>'.encode()
    assert refusal(data) == gettext(
        "%(file)s holds only a part of a BPMN model (a “%(element)s” element), not a whole model, "
        "which begins with “definitions”. Export the whole diagram as BPMN 2.0 XML."
    ) % {"file": the_file("modell.bpmn"), "element": "process"}


def test_it_refuses_an_encoding_it_does_not_know() -> None:
    message = refusal(b'<?xml version="1.0" encoding="x-klingon"?><definitions/>')
    assert "X-KLINGON" in message


def test_it_refuses_a_file_whose_bytes_do_not_match_its_declared_encoding_and_names_the_line() -> None:
    data = BPMN.format(name="Antrag prüfen").encode("latin-1")
    message = refusal(b'<?xml version="1.0" encoding="UTF-8"?>\n' + data)
    assert message == gettext(
        "%(file)s cannot be read as %(encoding)s text: line %(line)d holds bytes that are not valid "
        "in this encoding. Save the file as UTF-8 and upload it again."
    ) % {"file": the_file("modell.bpmn"), "encoding": "UTF-8", "line": 5}


# --- what is accepted and how it is kept -------------------------------------------------------------------


def test_it_accepts_a_model_and_keeps_its_text_apart_from_the_declaration() -> None:
    original = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' + BPMN.format(name="Antrag prüfen")
    document = parse_bpmn(original.encode())
    assert document.text == original
    assert document.encoding == "UTF-8"
    assert etree.QName(document.root).localname == "definitions"
    assert task_name(document) == "Antrag prüfen"
    assert "<!-- a comment that must survive -->" in document.text
    assert 'vendor:colour="blue"' in document.text


def test_it_accepts_iso_8859_1_with_umlauts_and_stores_them_as_utf8() -> None:
    original = '<?xml version="1.0" encoding="ISO-8859-1" standalone="yes"?>\n' + BPMN.format(
        name="Bescheid über Gebühren prüfen"
    )
    document = parse_bpmn(original.encode("latin-1"))
    assert document.encoding == "ISO-8859-1"
    assert task_name(document) == "Bescheid über Gebühren prüfen"
    assert document.text == original.replace('encoding="ISO-8859-1"', 'encoding="UTF-8"')
    assert parse_bpmn(document.text.encode()).text == document.text


def test_it_accepts_utf16_with_a_byte_order_mark() -> None:
    original = "<?xml version='1.0' encoding='UTF-16'?>\n" + BPMN.format(name="Straßenreinigung")
    data = original.encode("utf-16")
    assert data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    document = parse_bpmn(data)
    assert document.encoding == "UTF-16"
    assert task_name(document) == "Straßenreinigung"
    assert document.text == original.replace("encoding='UTF-16'", "encoding='UTF-8'")


def test_it_accepts_utf8_with_a_byte_order_mark_and_drops_the_mark() -> None:
    original = BPMN.format(name="Antrag prüfen")
    document = parse_bpmn(codecs.BOM_UTF8 + original.encode())
    assert not document.text.startswith("\ufeff")
    assert document.text == '<?xml version="1.0" encoding="UTF-8"?>' + original


def test_it_adds_a_declaration_to_a_file_without_one_and_keeps_the_line_numbers() -> None:
    original = BPMN.format(name="Antrag prüfen")
    document = parse_bpmn(original.encode())
    assert document.text == '<?xml version="1.0" encoding="UTF-8"?>' + original
    task = document.root.find(f"{{{BPMN_NS}}}process/{{{BPMN_NS}}}task")
    assert (
        task.sourceline
        == 4
        == original.splitlines().index('    <bpmn:task id="Task_1" name="Antrag prüfen"/>') + 1
    )


def test_it_adds_the_encoding_to_a_declaration_without_one() -> None:
    original = '<?xml version="1.0"?>\n' + BPMN.format(name="x")
    assert parse_bpmn(original.encode()).text.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<bpmn:')


def test_it_accepts_white_space_before_the_declaration_and_keeps_the_line_numbers() -> None:
    original = '\n\n<?xml version="1.0" encoding="ISO-8859-1"?>\n' + BPMN.format(name="Gebühr")
    document = parse_bpmn(original.encode("latin-1"))
    assert task_name(document) == "Gebühr"
    assert document.text == '<?xml version="1.0" encoding="UTF-8"?>\n\n\n' + BPMN.format(name="Gebühr")
    assert document.root.sourceline == 4


def test_it_accepts_text_that_still_declares_another_encoding() -> None:
    document = parse_bpmn('<?xml version="1.0" encoding="windows-1252"?>\n' + BPMN.format(name="Maß"))
    assert task_name(document) == "Maß"
    assert document.text.startswith('<?xml version="1.0" encoding="UTF-8"?>')


def test_it_accepts_definitions_without_any_process_and_warns_instead() -> None:
    document = parse_bpmn(f'<definitions xmlns="{BPMN_NS}" id="D" targetNamespace="t"/>'.encode())
    assert [finding.code for finding in findings(document)] == ["no-content"]
