"""A wagtail-localize machine translator that converts the script instead
of the language: Serbian Latin into Serbian Cyrillic and back (and
Montenegrin's two scripts, where both are locales of the site). Editors
press "Translate with Script converter" on a Cyrillic translation and review
what it wrote; words it could not settle wait in the script spellings."""

from django.utils.translation import gettext_lazy as _
from wagtail_localize.machine_translators.base import BaseMachineTranslator
from wagtail_localize.strings import StringValue

from iris_site.models import ScriptSpelling


class ScriptConverter(BaseMachineTranslator):
    """``OPTIONS["PAIRS"]``: ``[latin locale, cyrillic locale]`` pairs."""

    display_name = _("Script converter")

    def direction(self, source_locale, target_locale):
        """ "cyrillic", "latin" or None for a pair of locales this cannot convert."""
        for latin, cyrillic in self.options.get("PAIRS", []):
            pair = (source_locale.language_code, target_locale.language_code)
            if pair == (latin, cyrillic):
                return "cyrillic"
            if pair == (cyrillic, latin):
                return "latin"
        return None

    def can_translate(self, source_locale, target_locale):
        return self.direction(source_locale, target_locale) is not None

    def translate(self, source_locale, target_locale, strings):
        transliterator = ScriptSpelling.objects.transliterator()
        convert = getattr(transliterator, f"to_{self.direction(source_locale, target_locale)}")
        conversions = {string: convert(string.data, markup=True) for string in strings}
        ScriptSpelling.objects.note_ambiguous(
            set().union(*(conversion.ambiguous for conversion in conversions.values()))
        )
        return {string: StringValue(conversion.text) for string, conversion in conversions.items()}
