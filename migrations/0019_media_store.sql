-- The media store (issue 14): every uploaded file lives in one store (a local folder,
-- or S3-compatible object storage), which every node of a cluster reads. Session
-- documents and statement PDFs were kept in the database; new ones are written to the
-- store and named here (documents: file_key, body left empty; statements: pdf_key,
-- pdf NULL). Rows from before keep their bytes until `wsis media migrate` moves them.
ALTER TABLE forum_documents ADD COLUMN file_key TEXT;
ALTER TABLE forum_hlt_statements ADD COLUMN pdf_key TEXT;
