"""The consultations' feeds, RSS and Atom: new consultations (filtered like
the index, by country, institution and policy area) and the published
answers of one consultation, once its report is public."""

from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _

from accounts.models import Organisation
from consultations.filters import ConsultationFilterForm
from consultations.models import ConsultationIndexPage, ConsultationPage
from consultations.reports import report_comments
from iris_site.feeds import FeedSubject, PageFeed
from iris_site.geography import Country
from iris_site.languages import readers_versions
from iris_site.models import PolicyArea

FILTERS = ("country", "institution", "policy_area")


class NewConsultationsFeed(PageFeed):
    """Consultations as they are published, newest first. A filter value
    that is not offered gives an empty feed whose title says so."""

    def get_object(self, request):
        consultations = readers_versions(ConsultationPage.objects.live().public())
        data = {name: request.GET[name] for name in FILTERS if request.GET.get(name)}
        form = ConsultationFilterForm(data or None, items=consultations)
        index = ConsultationIndexPage.in_readers_language()
        query = request.GET.urlencode() if data else ""
        link = (index.url if index else "/") + (f"?{query}" if query else "")
        if form.is_bound and not form.is_valid():
            return FeedSubject(request, link, form=form, consultations=consultations.none())
        return FeedSubject(request, link, form=form, consultations=form.filter(consultations))

    def title(self, obj):
        if obj.form.is_bound and not obj.form.is_valid():
            return _("New consultations: no consultation matches this filter")
        chosen = [
            self.filter_label(name, obj.form.cleaned_data[name])
            for name in FILTERS
            if obj.form.is_bound and obj.form.cleaned_data.get(name)
        ]
        if chosen:
            return _("New consultations: %(filters)s") % {
                "filters": ", ".join(str(label) for label in chosen)
            }
        return _("New consultations")

    def filter_label(self, name, value):
        """The name of a chosen filter value, as the reader reads it."""
        if name == "country":
            return Country(value).label
        if name == "institution":
            return Organisation.objects.get(slug=value).localized_name
        return readers_versions(PolicyArea.objects.filter(slug=value)).first().name

    def description(self, obj):
        return _("Consultations on draft laws and policies, newest first.")

    def pages(self, obj):
        return obj.consultations.select_related("institution").order_by(
            "-first_published_at", "-pk"
        )

    def item_categories(self, consultation):
        return [consultation.institution.name, consultation.get_country_display()]


class ConsultationAnswersFeed(PageFeed):
    """The answers to a consultation's comments, as its report publishes
    them: nothing before the report is public. The answers come out
    together, in the report's order; a report of more than ``size`` answers
    has the rest on its page and in its exports."""

    size = 200

    def get_object(self, request, page_id):
        consultation = get_object_or_404(ConsultationPage.objects.live().public(), pk=page_id)
        report = consultation.published_report
        if report is None:
            raise Http404("The report on this consultation is not published.")
        link = consultation.url + consultation.reverse_subpage("report")
        return FeedSubject(request, link, consultation=consultation, report=report)

    def title(self, obj):
        return _("Answers to the comments on %(title)s") % {"title": obj.consultation.title}

    def description(self, obj):
        return _("The responsible institution's answers, as published in its report.")

    def items(self, obj):
        comments = list(
            report_comments(obj.consultation.original).filter(answer__isnull=False)[: self.size]
        )
        report_url = self.link(obj)
        for comment in comments:
            comment.feed_link = f"{report_url}#comment-{comment.pk}"
            comment.report = obj.report
        return comments

    def item_title(self, comment):
        return _("%(outcome)s: comment %(number)s") % {
            "outcome": comment.answer.get_outcome_display(),
            "number": comment.pk,
        }

    def item_description(self, comment):
        return comment.answer.reasoning

    def item_pubdate(self, comment):
        return comment.report.published_at

    def item_updateddate(self, comment):
        return max(comment.report.published_at, comment.answer.updated_at)
