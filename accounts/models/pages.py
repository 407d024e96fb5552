from django.core.paginator import Paginator
from django.db import models
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.models import Page

from accounts.filters import OrganisationFilterForm
from accounts.models.organisations import Organisation


class OrganisationIndexPage(RoutablePageMixin, Page):
    """The public directory of organisations, with a page for each."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    subpage_types = []
    max_count_per_parent = 1
    per_page = 24

    class Meta:
        verbose_name = _("organisation directory")

    @path("")
    def directory(self, request):
        form = OrganisationFilterForm(request.GET or None)
        organisations = Organisation.objects.select_related("logo").order_by("name")
        if form.is_valid():
            organisations = form.filter(organisations)
        page_obj = Paginator(organisations, self.per_page).get_page(request.GET.get("page"))
        return self.render(
            request,
            context_overrides={"filter_form": form, "page_obj": page_obj},
        )

    @re_path(r"^(?P<slug>[-\w]+)/$")
    def organisation(self, request, slug):
        organisation = get_object_or_404(Organisation.objects.with_descriptions(), slug=slug)
        members = (
            organisation.memberships.confirmed()
            .select_related("user")
            .order_by("user__last_name", "user__first_name")
        )
        return self.render(
            request,
            context_overrides={
                "organisation": organisation,
                "members": members,
            },
            template="accounts/organisation_page.html",
        )
