-- Every account has a quota of bytes it may upload (images of entries and documents of
-- sessions together): what it holds is summed under a lock on the account.
CREATE INDEX entry_images_uploader ON entry_images (uploaded_by);
CREATE INDEX forum_documents_uploader ON forum_documents (uploaded_by);
