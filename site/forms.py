"""Editor forms the shell shares with feature apps."""

from wagtail.admin.forms import WagtailAdminModelForm

from iris_site.actions import WriteOriginalText


class OriginalTextAdminForm(WagtailAdminModelForm):
    """The form of a record whose translatable words live in a model of their
    own (``versions``, the related name of its rows, one per language): the
    editor writes them as the record's own field ``text_field``, which the
    subclass declares, and saving writes the original that translations are
    made from."""

    versions = None
    text_field = None

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            original = getattr(self.instance, self.versions).order_by("pk").first()
            if original is not None:
                self.fields[self.text_field].initial = getattr(original, self.text_field)

    def save(self, commit=True):
        instance = super().save(commit=commit)
        if commit:
            WriteOriginalText(
                getattr(instance, self.versions),
                self.text_field,
                self.cleaned_data[self.text_field],
            ).execute()
        return instance
