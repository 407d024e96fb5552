"""Translating through wagtail-localize's own admin views, as an editor does:
submit for translation, type each string, publish. Shared by the apps' tests
of their translatable snippets and pages."""

from urllib.parse import urlencode

from django.test import TestCase
from django.urls import reverse
from wagtail.models import Page
from wagtail_localize.models import StringSegment, Translation, get_edit_url


def submit_for_translation(client, instance, locale):
    """Submits ``instance`` for translation into ``locale`` with the
    "Translate" action; returns wagtail-localize's translation record."""
    if isinstance(instance, Page):
        url = reverse("wagtail_localize:submit_page_translation", args=[instance.pk])
    else:
        meta = instance._meta
        url = reverse(
            "wagtail_localize:submit_snippet_translation",
            args=[meta.app_label, meta.model_name, instance.pk],
        )
    response = client.post(url, {"locales": [locale.pk]})
    assert response.status_code == 302, response.content.decode()[:2000]
    return Translation.objects.get(source__object_id=instance.translation_key, target_locale=locale)


def translate_strings(client, translation, translations):
    """Types the translation of each source string (``{source: translated}``)
    in the translation editor and publishes it."""
    for segment in StringSegment.objects.filter(source=translation.source).select_related("string"):
        response = client.put(
            reverse(
                "wagtail_localize:edit_string_translation",
                args=[translation.pk, segment.pk],
            ),
            urlencode({"value": translations[segment.string.data]}),
            content_type="application/x-www-form-urlencoded",
        )
        assert response.status_code in (200, 201), response.content
    publish_translation(client, translation)


def publish_translation(client, translation):
    """Publishes the translation from its editor; strings not yet
    translated stay as in the source. wagtail-localize publishes a page once
    the transaction commits, which a test's transaction never does."""
    with TestCase.captureOnCommitCallbacks(execute=True):
        response = client.post(
            get_edit_url(translation.get_target_instance()), {"action": "publish"}
        )
    assert response.status_code == 302, response.content.decode()[:2000]


def translate_action(snippet):
    """The address of wagtail-localize's "Translate" action on a snippet."""
    meta = snippet._meta
    return reverse(
        "wagtail_localize:submit_snippet_translation",
        args=[meta.app_label, meta.model_name, snippet.pk],
    )
