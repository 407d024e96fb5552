"""The comment pages a consultation serves under its own address
(``<page>/comment/``, ``<page>/comments/12/edit/``...), so every translation
of the page serves them too.

The page model stands at the bottom of the app and imports no views: the views
(``consultations.comment_views``) are handed to these routes by
``ConsultationsConfig.ready()``, where the app is wired together."""

from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from iris_site import page_cache

# Cached pages that show comment figures of any consultation (an institution's
# record) depend on this; each consultation event bumps it with the page's own.
ANY_CONSULTATION = "consultations"


def page_cache_tag(consultation):
    """What the cached pages of ``consultation``, in every language, depend on:
    each event of its comments bumps it."""
    return f"consultation:{consultation.translation_key}"


class CommentRoutes(RoutablePageMixin):
    comment_views = None  # consultations.comment_views, set by ConsultationsConfig.ready()

    def serve(self, request, *args, **kwargs):
        # Every page under the consultation's address shows its comments.
        page_cache.depends_on(request, page_cache_tag(self))
        return super().serve(request, *args, **kwargs)

    @path("")
    def index_route(self, request, *args, **kwargs):
        return self.render(
            request, context_overrides=self.comment_views.thread_context(request, self)
        )

    @path("comment/", name="post_comment")
    def post_comment_route(self, request):
        return self.comment_views.post_comment(request, self)

    @path("comments/", name="comment_list")
    def comment_list_route(self, request):
        return self.comment_views.comment_list(request, self)

    @path("comments/<id:comment_id>/<str:change>/", name="change_comment")
    def change_comment_route(self, request, comment_id, change):
        return self.comment_views.change_comment(request, self, comment_id, change)
