-- DESIGN.md §2: an experience has a name and a description, pt-BR required. 0002 let the
-- Portuguese description default to '' and the API accepted it blank, so rows may have none.
-- Such rows get their Portuguese name as description (ADR 0044): it is Portuguese, true to the
-- experience and never blank, where the English description would put English text in the
-- Portuguese field. Then the table refuses a blank one, whatever code writes. "Blank" is any
-- whitespace, tabs and line breaks too (btrim alone strips only spaces), as the API trims it.
update experiences
set description_pt = name_pt, updated_at = now()
where description_pt !~ '[^[:space:]]';

alter table experiences
  alter column description_pt drop default,
  add constraint experiences_description_pt_present check (description_pt ~ '[^[:space:]]');
