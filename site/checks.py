"""System checks that refuse to start with a malformed hook contribution.

A typo in a template name or a URL name would otherwise surface as a broken home
page in production; ``manage.py check`` (run by every management command and by
the test suite) reports it at start-up instead, naming the app that made it.
"""

from django.core import checks
from django.template import TemplateDoesNotExist
from django.template.loader import get_template
from django.urls import NoReverseMatch, URLPattern, URLResolver, reverse
from django.utils import translation
from ninja import Router
from wagtail import hooks as wagtail_hooks
from wagtail.models import Page

from iris_site import hooks

EXPECTED = {
    hooks.NAVIGATION: hooks.NavigationItem,
    hooks.HOME_PANELS: hooks.HomePanel,
    hooks.PROFILE_PANELS: hooks.ProfilePanel,
    hooks.RELATED_PANELS: hooks.RelatedPanel,
    hooks.HEADER_PANELS: hooks.HeaderPanel,
    hooks.SEARCHABLE: hooks.SearchableContent,
    hooks.DEMO_CONTENT: hooks.DemoContent,
    hooks.PUBLIC_URLS: hooks.PublicUrls,
    hooks.WEBSOCKET_URLS: hooks.WebsocketUrls,
    hooks.HEARING_INPUT: hooks.HearingInput,
    hooks.API_ROUTERS: hooks.ApiRouter,
    hooks.PERSONAL_DATA: hooks.PersonalData,
}


def _origin(hook):
    return f"{hook.__module__}.{hook.__qualname__}"


def _problems(declaration):
    """What is wrong with one well-typed declaration, as sentences."""
    if isinstance(declaration, hooks.NavigationItem):
        if (declaration.page_model is None) == (declaration.url_name is None):
            return ["give exactly one of page_model and url_name"]
        if declaration.page_model is not None and not (
            isinstance(declaration.page_model, type) and issubclass(declaration.page_model, Page)
        ):
            return [f"page_model {declaration.page_model!r} is not a Wagtail page model"]
        if declaration.url_name is not None:
            try:
                with translation.override("en"):
                    reverse(declaration.url_name)
            except NoReverseMatch:
                return [f"URL name {declaration.url_name!r} does not resolve"]
    elif isinstance(declaration, hooks.HomePanel):
        if not callable(declaration.get_context):
            return ["get_context is not callable"]
        try:
            get_template(declaration.template_name)
        except TemplateDoesNotExist:
            return [f"template {declaration.template_name!r} does not exist"]
    elif isinstance(declaration, hooks.SearchableContent):
        if not (isinstance(declaration.model, type) and issubclass(declaration.model, Page)):
            return [f"{declaration.model!r} is not a Wagtail page model"]
        if not getattr(declaration.model, "search_fields", None):
            return [f"{declaration.model.__name__} declares no search_fields"]
        if declaration.document is not None and not callable(declaration.document):
            return ["document is not callable"]
    elif isinstance(declaration, hooks.DemoContent):
        if not callable(declaration.load):
            return ["load is not callable"]
    elif isinstance(declaration, hooks.PublicUrls):
        if not declaration.prefix.endswith("/") or declaration.prefix.startswith("/"):
            return [f"prefix {declaration.prefix!r} must end, and not start, with '/'"]
        if not all(isinstance(p, URLPattern | URLResolver) for p in declaration.urlpatterns):
            return ["urlpatterns must hold path() or re_path() entries"]
    elif isinstance(declaration, hooks.ApiRouter):
        if not isinstance(declaration.router, Router):
            return [f"router {declaration.router!r} is not a ninja.Router"]
        if not declaration.prefix.endswith("/") or declaration.prefix.startswith("/"):
            return [f"prefix {declaration.prefix!r} must end, and not start, with '/'"]
        methods = {
            method
            for view in declaration.router.path_operations.values()
            for operation in view.operations
            for method in operation.methods
        }
        if methods - {"GET"}:
            return [f"the read API answers GET only, not {', '.join(sorted(methods - {'GET'}))}"]
    elif isinstance(declaration, hooks.HearingInput):
        if not (callable(declaration.take) and callable(declaration.accepts)):
            return ["take and accepts must be callable"]
    elif isinstance(declaration, hooks.PersonalData):
        if not (callable(declaration.export) and callable(declaration.erase)):
            return ["export and erase must be callable"]
    elif isinstance(declaration, hooks.WebsocketUrls) and not all(
        isinstance(p, URLPattern | URLResolver) for p in declaration.urlpatterns
    ):
        return ["urlpatterns must hold path() or re_path() entries"]
    return []


@checks.register()
def check_hook_contributions(app_configs=None, **kwargs):
    errors = []
    for hook_name, expected in EXPECTED.items():
        for hook in wagtail_hooks.get_hooks(hook_name):
            try:
                result = hook()
            except Exception as error:
                errors.append(
                    checks.Error(
                        f"The {hook_name} hook {_origin(hook)} raised {error!r}.",
                        id="iris.E001",
                    )
                )
                continue
            declarations = result if isinstance(result, list | tuple) else [result]
            if hook_name == hooks.HEARING_INPUT and len(wagtail_hooks.get_hooks(hook_name)) > 1:
                errors.append(
                    checks.Error(
                        f"The {hook_name} hook {_origin(hook)}: one app only may take "
                        "hearing input.",
                        id="iris.E002",
                    )
                )
            for declaration in declarations:
                if not isinstance(declaration, expected):
                    problems = [f"returned {declaration!r}, not a {expected.__name__}"]
                else:
                    problems = _problems(declaration)
                errors.extend(
                    checks.Error(
                        f"The {hook_name} hook {_origin(hook)}: {problem}.",
                        hint=f"See iris_site.hooks.{expected.__name__}.",
                        id="iris.E002",
                    )
                    for problem in problems
                )
    return errors
