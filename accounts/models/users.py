from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.contrib.auth.models import UserManager as DjangoUserManager
from django.db import models
from django.utils.translation import gettext_lazy as _


class UserManager(DjangoUserManager):
    """People sign in with their e-mail address; there are no usernames."""

    def _create_user(self, email, password, **extra_fields):
        if not email:
            raise ValueError("An e-mail address is required.")
        user = self.model(email=self.normalize_email(email), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email=None, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email=None, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        return self._create_user(email, password, **extra_fields)


class User(AbstractUser):
    username = None
    email = models.EmailField(_("e-mail address"), unique=True)
    preferred_language = models.CharField(
        _("preferred language"),
        max_length=10,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
        help_text=_("E-mail from the site is written in this language."),
    )
    speaking_for = models.ForeignKey(
        "accounts.Organisation",
        verbose_name=_("speaking for"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The organisation your contributions are signed for by default."),
    )
    # Set when the person deleted their account (accounts.actions.DeleteAccount):
    # the row stays, nameless, so that their published comments keep an author.
    erased_at = models.DateTimeField(_("account deleted at"), null=True, blank=True, editable=False)

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS = []

    objects = UserManager()

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
        ordering = ["last_name", "first_name", "email"]

    def __str__(self):
        return self.get_full_name() or self.email

    def get_full_name(self):
        """The name the site shows; "Former participant" once the person
        deleted their account."""
        if self.erased_at is not None:
            return str(_("Former participant"))
        return super().get_full_name()

    @property
    def is_erased(self):
        return self.erased_at is not None

    @property
    def full_name(self):
        """The name as one value, for the password check against the person's
        own name (AUTH_PASSWORD_VALIDATORS): "New Person" refuses "newperson1"."""
        return self.get_full_name()
