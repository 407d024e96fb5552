from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.snippets.views.snippets import SnippetViewSet

from accounts.actions import ConfirmMembership
from accounts.models import Membership, Organisation, OrganisationDescription
from iris_site.forms import OriginalTextAdminForm


class MembershipAdminForm(WagtailAdminModelForm):
    """Editors confirm memberships here; confirming goes through the same
    action as a manager's confirmation on the public site."""

    confirmed = forms.BooleanField(
        label=_("Confirmed"),
        required=False,
        help_text=_("Once confirmed, the person may speak for the organisation."),
    )

    class Meta:
        model = Membership
        fields = ["user", "organisation", "position", "is_manager"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["confirmed"].initial = self.instance.is_confirmed
        # A confirmation is not taken back: the membership is ended instead.
        self.fields["confirmed"].disabled = self.instance.is_confirmed
        if self.instance.pk:
            # A membership ties one person to one organisation, and their role
            # follows from it: to change either, end it and add another.
            self.fields["user"].disabled = True
            self.fields["organisation"].disabled = True

    def save(self, commit=True):
        membership = super().save(commit=commit)
        if commit and self.cleaned_data["confirmed"] and not membership.is_confirmed:
            ConfirmMembership(membership, by=self.for_user).execute()
        return membership


class OrganisationAdminForm(OriginalTextAdminForm):
    """The description is written here as before; it is kept in
    ``OrganisationDescription``, which wagtail-localize translates."""

    versions = "descriptions"
    text_field = "description"
    description = forms.CharField(label=_("description"), required=False, widget=forms.Textarea)


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "group"
    menu_label = _("Organisations")
    list_display = ["name", "kind", "country", "verified"]
    list_filter = ["kind", "country", "verified"]
    search_fields = ["name", "short_name"]
    # Searched in the database: the search backend cannot keep ``ordering``
    # on search results (a search for "abc" answered 500).
    search_backend_name = None
    ordering = ["name"]
    edit_handler = ObjectList(Organisation.panels, base_form_class=OrganisationAdminForm)


class OrganisationDescriptionViewSet(SnippetViewSet):
    """Where descriptions are translated: each row is one language's version,
    with wagtail-localize's "Translate" action."""

    model = OrganisationDescription
    icon = "doc-full"
    menu_label = _("Descriptions")
    list_display = ["organisation", "locale"]
    list_filter = ["locale"]
    ordering = ["organisation__name"]


class MembershipViewSet(SnippetViewSet):
    model = Membership
    icon = "user"
    menu_label = _("Memberships")
    list_display = ["user", "organisation", "position", "is_manager", "confirmed_at"]
    list_filter = ["organisation__kind", "is_manager"]
    ordering = ["confirmed_at", "-requested_at"]
    edit_handler = ObjectList(
        [
            FieldPanel("user"),
            FieldPanel("organisation"),
            FieldPanel("position"),
            FieldPanel("is_manager"),
            FieldPanel("confirmed"),
        ],
        base_form_class=MembershipAdminForm,
    )


class DirectoryViewSetGroup(ViewSetGroup):
    menu_label = _("Directory")
    menu_icon = "group"
    menu_order = 250
    items = (OrganisationViewSet, OrganisationDescriptionViewSet, MembershipViewSet)
