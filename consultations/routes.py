"""The comment pages a consultation serves under its own address
(``<page>/comment/``, ``<page>/comments/12/edit/``...), so every translation
of the page serves them too. The views live in ``consultations.comment_views``."""

from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from iris_site import page_cache

# Cached pages that show comment figures of any consultation (an institution's
# record) depend on this; each consultation event bumps it with the page's own.
ANY_CONSULTATION = "consultations"


def page_cache_tag(consultation):
    """What the cached pages of ``consultation``, in every language, depend on:
    each event of its comments bumps it."""
    return f"consultation:{consultation.translation_key}"


def _views():
    # The views import the models, which import this mixin.
    from consultations import comment_views

    return comment_views


class CommentRoutes(RoutablePageMixin):
    def serve(self, request, *args, **kwargs):
        # Every page under the consultation's address shows its comments.
        page_cache.depends_on(request, page_cache_tag(self))
        return super().serve(request, *args, **kwargs)

    @path("")
    def index_route(self, request, *args, **kwargs):
        return self.render(request, context_overrides=_views().thread_context(request, self))

    @path("comment/", name="post_comment")
    def post_comment_route(self, request):
        return _views().post_comment(request, self)

    @path("comments/", name="comment_list")
    def comment_list_route(self, request):
        return _views().comment_list(request, self)

    @path("comments/<int:comment_id>/<str:change>/", name="change_comment")
    def change_comment_route(self, request, comment_id, change):
        return _views().change_comment(request, self, comment_id, change)
