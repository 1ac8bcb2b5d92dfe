-- What would change a failed rule's answer, stored with the check's trace (null when there is no
-- simple change, and for checks decided before remedies existed).
ALTER TABLE eligibility_check_outcome ADD COLUMN remedy VARCHAR(500);

-- The what-if runs over a program's stored checks, by course start date.
CREATE INDEX eligibility_check_program_ix ON eligibility_check (program_code, course_start_date);
