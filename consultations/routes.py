"""The comment pages a consultation serves under its own address
(``<page>/comment/``, ``<page>/comments/12/edit/``...), so every translation
of the page serves them too. The views live in ``consultations.comment_views``."""

from wagtail.contrib.routable_page.models import RoutablePageMixin, path


def _views():
    # The views import the models, which import this mixin.
    from consultations import comment_views

    return comment_views


class CommentRoutes(RoutablePageMixin):
    @path("")
    def index_route(self, request, *args, **kwargs):
        return self.render(request, context_overrides=_views().thread_context(request, self))

    @path("comment/", name="post_comment")
    def post_comment_route(self, request):
        return _views().post_comment(request, self)

    @path("comments/", name="comment_list")
    def comment_list_route(self, request):
        return _views().comment_list(request, self)

    @path("comments/<id:comment_id>/<str:change>/", name="change_comment")
    def change_comment_route(self, request, comment_id, change):
        return _views().change_comment(request, self, comment_id, change)
