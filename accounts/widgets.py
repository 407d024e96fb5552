"""Form widgets of the directory's admin screens."""

import json

from django import forms
from django.conf import settings


class NamesByLanguageWidget(forms.MultiWidget):
    """One labelled text box per language of the site for a JSON field of
    ``{language code: text}``: editors type each name, not JSON. A box left
    empty leaves that language out."""

    template_name = "accounts/widgets/names_by_language.html"

    def __init__(self, attrs=None):
        self.languages = list(settings.LANGUAGES)
        boxes = [
            forms.TextInput(attrs={"lang": code, "maxlength": 200}) for code, _ in self.languages
        ]
        super().__init__(boxes, attrs)

    def decompress(self, value):
        try:
            names = json.loads(value) if isinstance(value, str) else value
        except json.JSONDecodeError:
            names = None
        names = names if isinstance(names, dict) else {}
        return [names.get(code, "") for code, _language in self.languages]

    def value_from_datadict(self, data, files, name):
        typed = super().value_from_datadict(data, files, name)
        names = {
            code: text.strip()
            for (code, _language), text in zip(self.languages, typed, strict=True)
            if text and text.strip()
        }
        return json.dumps(names, ensure_ascii=False)

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        for box, (_code, language) in zip(
            context["widget"]["subwidgets"], self.languages, strict=True
        ):
            box["language"] = language
        return context
