"""What public hearings add to the site: read it as the app's manifest."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from hearings import seeds, views
from hearings.models import HearingIndexPage, HearingPage
from iris_site import hooks as iris_hooks


@hooks.register(iris_hooks.NAVIGATION)
def hearings_navigation():
    return iris_hooks.NavigationItem(
        label=_("Public hearings"), page_model=HearingIndexPage, order=20
    )


@hooks.register(iris_hooks.HOME_PANELS)
def upcoming_hearings_panel():
    return iris_hooks.HomePanel(
        template_name="hearings/includes/home_panel.html",
        get_context=views.upcoming_hearings,
        order=20,
    )


@hooks.register(iris_hooks.SEARCHABLE)
def searchable_hearings():
    return iris_hooks.SearchableContent(model=HearingPage, label=_("Public hearing"))


@hooks.register(iris_hooks.DEMO_CONTENT)
def hearings_demo_content():
    return iris_hooks.DemoContent(name="public hearings", load=seeds.load_hearings, order=120)
