/**
 * Header labels that name an account's owner, in the transaction sheet (an optional column,
 * detected like the other fields) and in an owners table (docs/decisions.md, "Account owners").
 * Weak labels usually mean the owner but also appear with other meanings ("Rep" may be a report).
 */
import type { HeaderField } from "../mapping/match-headers";
import { FIELD_SYNONYMS } from "../mapping/synonyms";

export const OWNER_FIELD: HeaderField<"AccountOwner"> = {
  name: "AccountOwner",
  required: false,
  strong: [
    "Account Owner",
    "Owner",
    "Customer Owner",
    "Sales Rep",
    "Sales Representative",
    "Sales Lead",
    "Salesperson",
    "Sales Person",
    "Account Manager",
    "Key Account Manager",
    "KAM",
    "Responsible",
    "Verantwortlich",
    "Vertriebsmitarbeiter",
  ],
  weak: ["Rep", "Manager", "Seller"],
};

export const OWNER_EMAIL_FIELD: HeaderField<"Email"> = {
  name: "Email",
  required: false,
  strong: ["E-mail", "Email", "Email Address", "E-mail Address", "Owner E-mail", "Owner Email"],
  weak: ["Mail", "Address"],
};

export const OWNER_TABLE_CUSTOMER_FIELD: HeaderField<"CustomerId"> = {
  name: "CustomerId",
  required: true,
  strong: FIELD_SYNONYMS.CustomerId.strong,
  weak: [...FIELD_SYNONYMS.CustomerId.weak, "Customer"],
};
