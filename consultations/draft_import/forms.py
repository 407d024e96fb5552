"""The forms of the import preview: the upload, the list of parts the official
corrects, and the reference to the uploaded file kept between the two steps."""

import uuid

from django import forms
from django.conf import settings
from django.core import signing
from django.core.files import File
from django.http import Http404
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

from consultations.blocks import PART_KIND_CHOICES
from consultations.draft_import.readers import read_text
from consultations.draft_import.splitter import split_draft
from iris_site.storage import private_storage

PART_FIELDS = ("kind", "label", "title", "text")
# In the private storage: no URL reaches an unsaved draft.
KEPT_UPLOADS = "draft-imports"
# An official has a working day to check the preview before the file is forgotten
# (consultations.draft_import.tasks.forget_unsaved_imports deletes it).
KEPT_UPLOAD_SECONDS = 24 * 60 * 60


class DraftUploadForm(forms.Form):
    """The draft file; once valid, ``outline`` holds the parts found in it and
    ``warnings`` what the official should check."""

    file = forms.FileField(
        label=_("Draft file"),
        help_text=_(
            "A Word document (.docx), a PDF, a plain-text file (.txt) or an Akoma Ntoso "
            "file (.xml) of at most %(limit)s. You will check the parts found in it before "
            "anything is saved."
        )
        % {"limit": filesizeformat(settings.UPLOAD_LIMITS["MAX_BYTES"])},
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        draft = read_text(upload)
        self.outline = draft.outline or split_draft(draft.text)
        self.warnings = [*draft.warnings, *self.outline.warnings]
        return upload


class DraftPartForm(forms.Form):
    kind = forms.ChoiceField(label=_("Kind"), choices=PART_KIND_CHOICES)
    label = forms.CharField(label=_("Heading"), max_length=80, required=False)
    title = forms.CharField(label=_("Title"), max_length=255, required=False)
    text = forms.CharField(
        label=_("Text"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    merge = forms.BooleanField(label=_("Merge into the part above"), required=False)


class BaseDraftPartFormSet(forms.BaseFormSet):
    def clean(self):
        super().clean()
        if not any(self.errors) and not self.rows():
            raise forms.ValidationError(
                _("Keep at least one part: the draft text cannot be empty."), code="no_parts"
            )

    def rows(self):
        """The parts as corrected: deleted ones left out, merged ones added to the
        text of the part above, heading and title first."""
        rows = []
        for form in self.forms:
            if self.can_delete and self._should_delete_form(form):
                continue
            data = form.cleaned_data
            row = [data[name] for name in PART_FIELDS]
            if data["merge"] and rows:
                _kind, label, title, text = row
                # "(1) Text of the paragraph"; a title keeps a line of its own.
                lines = (
                    [" ".join(filter(None, (label, title))), text]
                    if title
                    else [" ".join(filter(None, (label, text)))]
                )
                rows[-1][3] = "\n".join(filter(None, [rows[-1][3], *lines]))
            else:
                rows.append(row)
        return [tuple(row) for row in rows]


DraftPartFormSet = forms.formset_factory(
    DraftPartForm,
    formset=BaseDraftPartFormSet,
    extra=0,
    can_delete=True,
    max_num=settings.IRIS_MAX_DRAFT_PARTS,
    validate_max=True,
)


def part_forms(rows):
    """The preview's formset showing ``rows``."""
    return DraftPartFormSet(initial=[dict(zip(PART_FIELDS, row, strict=True)) for row in rows])


class KeptUploadForm(forms.Form):
    """The uploaded file, kept in the private storage while the official checks
    the preview, named by a signed reference that holds for this page and person
    only: anyone else who posts it is answered 404 Not Found."""

    upload = forms.CharField(widget=forms.HiddenInput)
    salt = "consultations.draft_import.upload"

    def __init__(self, *args, consultation, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.owner = [consultation.pk, user.pk]

    @classmethod
    def keeping(cls, upload, consultation, user):
        """Store ``upload`` and return the form that refers to it."""
        path = private_storage().save(f"{KEPT_UPLOADS}/{uuid.uuid4().hex}/{upload.name}", upload)
        form = cls(consultation=consultation, user=user)
        form.initial["upload"] = signing.dumps({"path": path, "owner": form.owner}, salt=cls.salt)
        return form

    def clean_upload(self):
        try:
            kept = signing.loads(
                self.cleaned_data["upload"], salt=self.salt, max_age=KEPT_UPLOAD_SECONDS
            )
        except signing.BadSignature:
            kept = None
        if kept is not None and kept["owner"][1] != self.owner[1]:
            # Another person's upload: as if it did not exist.
            raise Http404
        if (
            kept is None
            or kept["owner"] != self.owner
            or not private_storage().exists(kept["path"])
        ):
            raise forms.ValidationError(
                _("The uploaded file is no longer available. Upload the draft again."),
                code="expired",
            )
        return kept["path"]

    def open_file(self):
        path = self.cleaned_data["upload"]
        return File(private_storage().open(path), name=path.rsplit("/", 1)[-1])

    def forget(self):
        private_storage().delete(self.cleaned_data["upload"])
