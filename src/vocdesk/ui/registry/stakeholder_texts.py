"""What the stakeholder form calls its fields and the lawful bases, in the current language.

The texts are the form's: they are translated in its context, "StakeholderForm".
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from vocdesk.domain.registry import LawfulBasis


def field_labels() -> dict[str, str]:
    """Each field's label, by the field's key (its problems come under the same key)."""
    return {
        "party_type": QCoreApplication.translate("StakeholderForm", "Person or organisation"),
        "name": QCoreApplication.translate("StakeholderForm", "&Name *"),
        "organisation": QCoreApplication.translate("StakeholderForm", "Or&ganisation"),
        "kind": QCoreApplication.translate("StakeholderForm", "&Kind"),
        "segment": QCoreApplication.translate("StakeholderForm", "Seg&ment"),
        "status": QCoreApplication.translate("StakeholderForm", "S&tatus"),
        "national_id": QCoreApplication.translate("StakeholderForm", "National &ID"),
        "external_ref": QCoreApplication.translate("StakeholderForm", "&Reference"),
        "tags": QCoreApplication.translate("StakeholderForm", "Tags (separate with ;)"),
        "notes": QCoreApplication.translate("StakeholderForm", "Notes"),
        "phone": QCoreApplication.translate("StakeholderForm", "&Phone"),
        "phone2": QCoreApplication.translate("StakeholderForm", "Second phone"),
        "email": QCoreApplication.translate("StakeholderForm", "&E-mail"),
        "line_id": QCoreApplication.translate("StakeholderForm", "&LINE ID"),
        "address": QCoreApplication.translate("StakeholderForm", "&Address"),
        "province": QCoreApplication.translate("StakeholderForm", "Pro&vince"),
        "preferred_channel": QCoreApplication.translate("StakeholderForm", "Preferred &channel"),
        "relationship_officer": QCoreApplication.translate(
            "StakeholderForm", "Relationship officer"
        ),
        "contact_every_months": QCoreApplication.translate("StakeholderForm", "Contact every"),
        "lawful_basis": QCoreApplication.translate("StakeholderForm", "Lawful &basis"),
        "consent_follow_up": QCoreApplication.translate("StakeholderForm", "Consent"),
        "consent_date": QCoreApplication.translate("StakeholderForm", "Consent date"),
        "has_retention": QCoreApplication.translate("StakeholderForm", "Retention"),
        "retention_until": QCoreApplication.translate("StakeholderForm", "Keep data until"),
    }


def lawful_basis_text(basis: LawfulBasis) -> str:
    texts = {
        LawfulBasis.CONSENT: QCoreApplication.translate("StakeholderForm", "Consent"),
        LawfulBasis.CONTRACT: QCoreApplication.translate("StakeholderForm", "Contract"),
        LawfulBasis.LEGAL_OBLIGATION: QCoreApplication.translate(
            "StakeholderForm", "Legal obligation"
        ),
        LawfulBasis.PUBLIC_TASK: QCoreApplication.translate("StakeholderForm", "Public task"),
        LawfulBasis.LEGITIMATE_INTEREST: QCoreApplication.translate(
            "StakeholderForm", "Legitimate interest"
        ),
        LawfulBasis.VITAL_INTEREST: QCoreApplication.translate("StakeholderForm", "Vital interest"),
    }
    return texts[basis]
