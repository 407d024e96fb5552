"""Every form of peer reviews: the score sheet, recommendations, follow-up
notes, the summary, and the admin's review form."""

import re

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from peer_reviews.actions import GenerateScoreSheet, check_team
from peer_reviews.models import FollowUp, Recommendation
from peer_reviews.status import Score

SCORE_CHOICES = [("", _("Not scored yet")), *Score.choices]
SHEET_FIELD = re.compile(r"^criterion-(\d+)-(?:score|evidence|finding)$")


class ScoreSheetForm(forms.Form):
    """One score, evidence and finding per row of the sheet, named by the
    criterion's id: the rows come from the framework, never from the form."""

    def __init__(self, rows, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.rows = rows
        for row in rows:
            prefix = f"criterion-{row.criterion_id}"
            self.fields[f"{prefix}-score"] = forms.TypedChoiceField(
                label=_("Score"),
                choices=SCORE_CHOICES,
                coerce=int,
                empty_value=None,
                required=False,
                initial=row.score,
            )
            self.fields[f"{prefix}-evidence"] = forms.CharField(
                label=_("Evidence"),
                widget=forms.Textarea(attrs={"rows": 2}),
                required=False,
                initial=row.evidence,
            )
            self.fields[f"{prefix}-finding"] = forms.CharField(
                label=_("Finding"),
                widget=forms.Textarea(attrs={"rows": 2}),
                required=False,
                initial=row.finding,
            )

    def clean(self):
        """A row for a criterion the sheet does not hold (of another framework
        version, say) is refused, not dropped without a word."""
        held = {str(row.criterion_id) for row in self.rows}
        foreign = sorted(
            {match[1] for key in self.data if (match := SHEET_FIELD.match(key))} - held, key=int
        )
        if foreign:
            raise ValidationError(
                _("Criteria %(ids)s are not in this review's framework version.")
                % {"ids": ", ".join(foreign)}
            )
        return super().clean()

    def sheet(self):
        """``(row, score field, evidence field, finding field)`` for the template."""
        for row in self.rows:
            prefix = f"criterion-{row.criterion_id}"
            yield (
                row,
                self[f"{prefix}-score"],
                self[f"{prefix}-evidence"],
                self[f"{prefix}-finding"],
            )

    def scores(self):
        """What ``RecordScores`` takes: ``{criterion id: (score, evidence, finding)}``."""
        return {
            row.criterion_id: tuple(
                self.cleaned_data[f"criterion-{row.criterion_id}-{name}"]
                for name in ("score", "evidence", "finding")
            )
            for row in self.rows
        }


class RecommendationForm(forms.ModelForm):
    class Meta:
        model = Recommendation
        fields = ["text", "priority", "responsible", "due_on"]
        widgets = {"due_on": forms.DateInput(attrs={"type": "date"})}

    def __init__(self, *args, responsible_choices, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["responsible"].queryset = responsible_choices


class FollowUpForm(forms.ModelForm):
    class Meta:
        model = FollowUp
        fields = ["status", "noted_on", "note", "evidence"]
        widgets = {"noted_on": forms.DateInput(attrs={"type": "date"})}


class SummaryForm(forms.Form):
    summary = forms.CharField(
        label=_("Public summary"),
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("What anyone may read once the reviewed organisation has agreed."),
    )


def add_action_error(form, error):
    """A refused action's reasons, shown on the form."""
    for message in error.messages if isinstance(error, ValidationError) else [str(error)]:
        form.add_error(None, message)


class PeerReviewAdminForm(WagtailAdminModelForm):
    """The admin's review form: refuses a team that includes the reviewed
    organisation or its people, and makes the score sheet from the framework
    version once the review is saved."""

    def is_valid(self):
        valid = super().is_valid()
        if not valid or "organisation" not in self.cleaned_data:
            return valid
        self.instance.organisation = self.cleaned_data["organisation"]
        team = [
            form.cleaned_data["organisation"]
            for form in self.formsets["team_organisations"].forms
            if form.cleaned_data and not form.cleaned_data.get("DELETE")
        ]
        people = [
            form.cleaned_data["person"]
            for form in self.formsets["team_members"].forms
            if form.cleaned_data and not form.cleaned_data.get("DELETE")
        ]
        try:
            check_team(self.instance, team, people)
            GenerateScoreSheet.check(self.instance, self.cleaned_data.get("framework"))
        except ValidationError as error:
            self.add_error(None, error)
            return False
        return True

    def save(self, commit=True):
        review = super().save(commit=commit)
        if commit:
            GenerateScoreSheet(review).execute()
        return review
