"""Every upload path refuses the hostile corpus (iris_site.tests.hostile_files)
with a message that names the limit or the reason, and stores nothing; files
with names no person types are accepted under a safe name."""

import uuid
from dataclasses import dataclass

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from accounts.tests.factories import UserFactory, editor
from consultations.models import Comment
from consultations.tests.factories import ConsultationIndexPageFactory, ConsultationPageFactory
from iris_site.tests import hostile_files

pytestmark = pytest.mark.django_db

CORPUS = hostile_files.corpus()


@dataclass(frozen=True)
class UploadPath:
    """One way a file reaches the site: the extensions it takes, the words of
    its own refusals (another extension; for images, Wagtail's own format
    check, which runs first), how to upload through it."""

    name: str
    extensions: frozenset
    own_refusals: tuple

    def post(self, client, consultation, name, data):
        upload = SimpleUploadedFile(name, data)
        if self.name == "draft import":
            client.force_login(editor())
            return client.post(
                f"/admin/consultations/{consultation.pk}/import-draft/", {"file": upload}
            )
        if self.name == "comment attachment":
            client.force_login(UserFactory())
            return client.post(
                f"{consultation.url}comment/",
                {"submission_key": uuid.uuid4(), "kind": "general", "text": "A remark."}
                | {"attachment": upload},
            )
        client.force_login(editor())
        add = "wagtaildocs:add" if self.name == "Wagtail document" else "wagtailimages:add"
        return client.post(reverse(add), {"title": "Report", "file": upload, "collection": 1})


PATHS = [
    UploadPath(
        "draft import",
        frozenset({"docx", "pdf", "txt", "xml"}),
        ("Word document (.docx), a PDF, a plain-text file (.txt) or an Akoma Ntoso file",),
    ),
    UploadPath(
        "comment attachment",
        frozenset({"pdf", "docx", "doc", "odt", "txt"}),
        ("Attach a document: .pdf, .docx, .doc, .odt, .txt.",),
    ),
    # Library files are Wagtail documents: the library page's chooser uploads
    # through the same form.
    UploadPath(
        "Wagtail document",
        frozenset({"pdf", "docx", "doc", "odt", "xlsx", "csv", "txt"}),
        ("is not allowed. Allowed extensions are: pdf, docx",),
    ),
    UploadPath(
        "Wagtail image",
        frozenset({"jpg", "jpeg", "png", "webp"}),
        ("Not a supported image format", "Not a valid .png image", "Upload a valid image"),
    ),
]


@pytest.fixture
def consultation(home_page):
    return ConsultationPageFactory(parent=ConsultationIndexPageFactory(parent=home_page))


def stored_files(*roots):
    return [path for root in roots for path in root.rglob("*") if path.is_file()]


@pytest.mark.parametrize("path", PATHS, ids=lambda path: path.name)
@pytest.mark.parametrize("case", CORPUS, ids=str)
def test_hostile_file_is_refused_with_its_reason_and_nothing_is_stored(
    client, consultation, settings, media_root, path, case
):
    hostile = CORPUS[case]
    extension = hostile.name.rsplit(".", 1)[-1]

    response = path.post(client, consultation, hostile.name, hostile.build())

    page = response.content.decode().replace("&#x27;", "'").replace("\xa0", " ")
    # A path with a lower size limit may refuse a file by its size first.
    expected = (
        (hostile.refusal, "the largest accepted is", *path.own_refusals)
        if hostile.refusal and extension in path.extensions
        else path.own_refusals
    )
    assert response.status_code in (200, 400)
    assert any(words in page for words in expected), page
    assert not Comment.objects.exists()
    assert not get_document_model().objects.exists()
    assert not get_image_model().objects.exists()
    assert stored_files(media_root, settings.PRIVATE_MEDIA_ROOT) == []


@pytest.mark.parametrize("path", PATHS[:3], ids=lambda path: path.name)
@pytest.mark.parametrize(
    "name", [hostile_files.LONG_NAME, hostile_files.CONTROL_NAME], ids=["1000-chars", "control"]
)
def test_file_with_an_unusable_name_is_accepted_under_a_safe_one(
    client, consultation, settings, media_root, path, name
):
    response = path.post(client, consultation, name, hostile_files.pdf_bytes())

    assert response.status_code in (200, 302)
    (stored,) = stored_files(media_root, settings.PRIVATE_MEDIA_ROOT)
    assert stored.suffix == ".pdf"
    assert len(stored.name) <= settings.UPLOAD_LIMITS["MAX_NAME_CHARACTERS"]
    assert stored.name.isprintable()
    assert "\u202e" not in stored.name
