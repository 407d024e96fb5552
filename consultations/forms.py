import uuid

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from accounts.models import Organisation
from consultations.models import (
    Comment,
    CommentKind,
    CommentPolicy,
    Outcome,
)
from consultations.permissions import commenting_organisations
from consultations.queries import usual_organisation
from consultations.reports import ORGANISATION_TYPES, answerable_comments, similar_group_of


class CommentForm(forms.Form):
    """A comment on the draft or one of its parts, or a reply. The length and
    the rest of the rules are checked by PostComment, so that every way of
    commenting refuses the same input with the same message."""

    kind = forms.ChoiceField(
        label=_("Kind of comment"),
        choices=CommentKind.written(),
        initial=CommentKind.GENERAL,
        widget=forms.RadioSelect,
    )
    text = forms.CharField(
        label=_("Your comment"),
        required=False,
        strip=False,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_(
            "Plain text, at most 10,000 characters. Blank lines separate paragraphs; web "
            "addresses become links."
        ),
    )
    proposed_text = forms.CharField(
        label=_("Proposed wording (amendments)"),
        required=False,
        strip=False,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("The part as you would have it read. Readers see the changes word by word."),
    )
    organisation = forms.ModelChoiceField(
        label=_("Comment for"),
        queryset=Organisation.objects.none(),
        required=False,
        empty_label=_("Myself only"),
        error_messages={
            "invalid_choice": _(
                "You can comment only for an organisation that has confirmed your membership."
            )
        },
    )
    attachment = forms.FileField(
        label=_("Attachment (optional)"),
        required=False,
        help_text=_("A PDF or text document (.pdf, .docx, .doc, .odt, .txt), at most 10 MB."),
    )
    part = forms.CharField(required=False, widget=forms.HiddenInput)
    reply_to = forms.IntegerField(required=False, widget=forms.HiddenInput)
    submission_key = forms.UUIDField(widget=forms.HiddenInput)

    def __init__(self, *args, user, consultation, reply=False, **kwargs):
        kwargs.setdefault("initial", {}).setdefault("submission_key", uuid.uuid4())
        super().__init__(*args, **kwargs)
        organisations = commenting_organisations(user, consultation).order_by("name")
        self.fields["organisation"].queryset = organisations
        if not self.is_bound:
            # A sent form shows what was sent: the preselection is the blank form's.
            self.fields["organisation"].initial = usual_organisation(user, organisations)
        if consultation.comment_policy == CommentPolicy.VERIFIED_ORGANISATIONS:
            self.fields["organisation"].empty_label = None
        elif not organisations:
            # Nothing to choose: a forged choice goes on to PostComment, which
            # refuses it with the reason above the form.
            self.fields["organisation"].widget = forms.HiddenInput()
            self.fields["organisation"].queryset = Organisation.objects.all()
        if reply:
            del self.fields["kind"]
            del self.fields["proposed_text"]
            self.fields["text"].label = _("Your reply")


class EditCommentForm(forms.Form):
    text = CommentForm.base_fields["text"]
    proposed_text = CommentForm.base_fields["proposed_text"]

    def __init__(self, *args, comment, **kwargs):
        kwargs.setdefault("initial", {"text": comment.text, "proposed_text": comment.proposed_text})
        super().__init__(*args, **kwargs)
        if comment.kind != CommentKind.AMENDMENT:
            del self.fields["proposed_text"]


class CoSignForm(forms.Form):
    organisation = forms.ModelChoiceField(
        label=_("Co-sign for"), queryset=Organisation.objects.none(), empty_label=None
    )

    def __init__(self, *args, organisations, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = organisations.order_by("name")


class FlagForm(forms.Form):
    reason = forms.CharField(
        label=_("What is wrong with this comment?"),
        required=False,
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Optional. Moderators read it; the author does not see who flagged."),
    )


class ModerationForm(forms.Form):
    decision = forms.ChoiceField(label=_("Decision"), widget=forms.RadioSelect)
    reason = forms.CharField(
        label=_("Reason"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Required to hide a comment: readers see it in place of the text."),
    )

    def __init__(self, *args, decisions, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["decision"].choices = decisions


def add_action_error(form, error):
    """Put an action's ValidationError next to the field it names, or above the form."""
    if hasattr(error, "error_dict"):
        for field, errors in error.error_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, error)


class AnsweringFilterForm(forms.Form):
    """Narrows the answering screen: unanswered comments, one kind, one type
    of organisation."""

    unanswered = forms.BooleanField(label=_("Unanswered only"), required=False)
    kind = forms.ChoiceField(
        label=_("Kind"), required=False, choices=[("", _("All kinds")), *CommentKind.choices]
    )
    organisation_type = forms.ChoiceField(
        label=_("Organisation type"),
        required=False,
        choices=[("", _("All types")), *ORGANISATION_TYPES],
    )


class AnswerForm(forms.Form):
    """The answer to one comment, or to a group of near-identical ones at
    once. A group's form carries the members the official saw (``members``);
    if the group has changed since (a comment joined it, one was withdrawn,
    hidden or left it), nothing is written and the form says what changed."""

    comments = forms.ModelMultipleChoiceField(
        label=_("Comments"),
        queryset=Comment.objects.none(),
        required=False,
        error_messages={
            "invalid_choice": _("Comment %(value)s cannot be answered on this consultation."),
            "invalid_pk_value": _("Comment %(pk)s cannot be answered on this consultation."),
        },
    )
    members = forms.CharField(required=False, widget=forms.HiddenInput)
    outcome = forms.ChoiceField(
        label=_("Outcome"), choices=Outcome.choices, widget=forms.RadioSelect
    )
    reasoning = forms.CharField(
        label=_("Reasoning"), widget=forms.Textarea(attrs={"rows": 3}), max_length=10_000
    )
    replace_answers = forms.BooleanField(
        label=_("Also replace the answers some of these comments already have"),
        required=False,
    )

    def __init__(self, *args, consultation, **kwargs):
        super().__init__(*args, **kwargs)
        self.consultation = consultation
        self.fields["comments"].queryset = answerable_comments(consultation)

    def submitted_ids(self):
        """The comments this form was sent for, as sent (valid or not)."""
        values = [*self.data.getlist("comments"), *self.data.get("members", "").split(",")]
        return {int(value) for value in values if value.strip().isdigit()}

    def clean_members(self):
        members = self.cleaned_data["members"]
        ids = [value.strip() for value in members.split(",") if value.strip()]
        if not all(value.isdigit() for value in ids):
            raise ValidationError(_("The group of comments could not be read: reload the page."))
        return [int(value) for value in ids]

    def clean(self):
        cleaned = super().clean()
        members = cleaned.get("members")
        if members:
            cleaned["comments"] = self._current_group(members)
        elif not cleaned.get("comments") and "comments" not in self.errors:
            self.add_error("comments", _("Choose at least one comment to answer."))
        return cleaned

    def _current_group(self, members):
        """The group's comments now, if they are still the ``members`` shown."""
        group = similar_group_of(self.consultation, members)
        if group is None:
            raise ValidationError(_("None of the comments of this group can be answered any more."))
        now = {comment.pk for comment in group.comments}
        joined, left = sorted(now - set(members)), sorted(set(members) - now)
        if joined or left:
            changes = []
            if joined:
                changes.append(
                    ngettext("comment %(ids)s joined it", "comments %(ids)s joined it", len(joined))
                    % {"ids": _numbers(joined)}
                )
            if left:
                changes.append(
                    ngettext(
                        "comment %(ids)s left it (withdrawn, hidden or reworded)",
                        "comments %(ids)s left it (withdrawn, hidden or reworded)",
                        len(left),
                    )
                    % {"ids": _numbers(left)}
                )
            raise ValidationError(
                _(
                    "Nothing was saved: the group of comments changed while you answered "
                    "(%(changes)s). Check the group as it is now and answer again; your "
                    "outcome and reasoning are kept below."
                )
                % {"changes": "; ".join(changes)},
                code="stale_group",
            )
        return group.comments


def _numbers(ids):
    return ", ".join(str(pk) for pk in ids)


class ReportForm(forms.Form):
    introduction = forms.CharField(
        label=_("Introduction"),
        required=False,
        max_length=10_000,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("How the consultation went and what the institution will change."),
    )
