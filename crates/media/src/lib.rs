//! The media store: every file users upload (stocktaking images and their thumbnails,
//! session documents, outcome photos, statements, contest photos, hackathon files) lives
//! here, through the `object_store` crate: a local folder by default (`--media-dir`), any
//! S3-compatible store at scale (`--media-url s3://bucket/prefix`), so that every node of
//! a cluster serves every file.
//!
//! Keys are chosen by the services: `stocktaking/AB/KEY.EXT`, `documents/AB/KEY`,
//! `statements/AB/KEY.pdf`, … with KEY random (or, for files moved in by `wsis media
//! migrate`, derived from the row's id so that a second run writes the same object). An
//! object is never changed after it is written: its key is its identity, which is what
//! lets downloads carry a strong ETag and lets every node cache it.
//!
//! The rule that keeps database and store consistent: **write the object, then commit
//! the row that points at it**; when the commit fails, delete the object again. A crash
//! between the two leaves an object no row names, which `wsis media gc` removes once it
//! is older than any upload in progress could be. Never the reverse: no row names a
//! missing object.

use bytes::Bytes;
use futures_util::StreamExt;
use futures_util::stream::BoxStream;
use object_store::aws::AmazonS3Builder;
use object_store::local::LocalFileSystem;
use object_store::path::Path;
use object_store::prefix::PrefixStore;
use object_store::{GetOptions, GetRange, ObjectStore, ObjectStoreExt, PutPayload, RetryConfig};
use std::ops::Range;
use std::sync::Arc;
use std::time::Duration;

/// What can go wrong with the store.
#[derive(Debug, thiserror::Error)]
pub enum MediaError {
    #[error("no such object")]
    NotFound,
    /// The store could not be reached, or refused (the message says why; it is for the
    /// log, not for users).
    #[error("the media store failed: {0}")]
    Unavailable(String),
    /// The settings do not describe a store.
    #[error("{0}")]
    Config(String),
}

impl From<object_store::Error> for MediaError {
    fn from(e: object_store::Error) -> Self {
        match e {
            object_store::Error::NotFound { .. } => MediaError::NotFound,
            e => MediaError::Unavailable(e.to_string()),
        }
    }
}

pub type Result<T> = std::result::Result<T, MediaError>;

/// The media store of a node. Cheap to clone.
#[derive(Clone)]
pub struct MediaStore {
    store: Arc<dyn ObjectStore>,
    /// Where it is, for messages (`/srv/wsis/media`, `s3://bucket/prefix`).
    location: Arc<str>,
    local: bool,
}

impl std::fmt::Debug for MediaStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "MediaStore({})", self.location)
    }
}

/// An object being read: its whole size, the bytes asked for, and those bytes as a
/// stream (never the whole file in memory).
pub struct Download {
    pub size: u64,
    pub range: Range<u64>,
    pub body: BoxStream<'static, std::io::Result<Bytes>>,
}

/// An object found by [`MediaStore::list`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Listed {
    pub key: String,
    pub size: u64,
    /// When it was written (Unix seconds).
    pub written_at: i64,
}

/// Settings for an S3-compatible store besides the `AWS_*` environment: the requests
/// of one upload give up after this long, so that an unreachable store answers the
/// user within seconds instead of retrying for minutes.
const S3_TIMEOUT: &str = "30 seconds";
const S3_CONNECT_TIMEOUT: &str = "5 seconds";

impl MediaStore {
    /// A folder on this machine (created if missing). Writes are synced to disk before
    /// they return: the row that names the file commits after.
    pub fn local(dir: &std::path::Path) -> Result<Self> {
        std::fs::create_dir_all(dir).map_err(|e| {
            MediaError::Config(format!(
                "cannot create the media folder {}: {e}",
                dir.display()
            ))
        })?;
        let fs = LocalFileSystem::new_with_prefix(dir)
            .map_err(|e| MediaError::Config(format!("media folder {}: {e}", dir.display())))?
            .with_fsync(true)
            .with_automatic_cleanup(true);
        Ok(MediaStore {
            store: Arc::new(fs),
            location: dir.display().to_string().into(),
            local: true,
        })
    }

    /// An S3-compatible store at `url` (`s3://bucket` or `s3://bucket/prefix`). Credentials,
    /// region and endpoint come from the usual `AWS_*` variables (`AWS_ACCESS_KEY_ID`,
    /// `AWS_SECRET_ACCESS_KEY`, `AWS_REGION`, `AWS_ENDPOINT` for a store other than
    /// Amazon's, `AWS_ALLOW_HTTP=true` for one on plain HTTP).
    pub fn s3(url: &str) -> Result<Self> {
        Self::s3_with(url, &[])
    }

    /// [`MediaStore::s3`] with settings that take precedence over the environment
    /// (`("endpoint", "http://127.0.0.1:9000")`, `("allow_http", "true")`, …: the keys of
    /// `object_store`'s S3 builder).
    pub fn s3_with(url: &str, settings: &[(&str, &str)]) -> Result<Self> {
        let rest = url
            .strip_prefix("s3://")
            .ok_or_else(|| MediaError::Config(format!("not an s3:// address: {url}")))?;
        let (bucket, prefix) = rest.split_once('/').unwrap_or((rest, ""));
        if bucket.is_empty() {
            return Err(MediaError::Config(format!("no bucket in {url}")));
        }
        // TLS through rustls with ring (reqwest is built without a provider of its own);
        // a second install (another store, tests) is fine.
        let _ = rustls::crypto::ring::default_provider().install_default();
        let config = |k: &str| -> Result<object_store::aws::AmazonS3ConfigKey> {
            k.parse()
                .map_err(|e: object_store::Error| MediaError::Config(e.to_string()))
        };
        let mut builder = AmazonS3Builder::from_env();
        for (k, v) in settings {
            builder = builder.with_config(config(k)?, *v);
        }
        let s3 = builder
            .with_bucket_name(bucket)
            .with_config(config("timeout")?, S3_TIMEOUT)
            .with_config(config("connect_timeout")?, S3_CONNECT_TIMEOUT)
            .with_retry(RetryConfig {
                max_retries: 2,
                retry_timeout: Duration::from_secs(10),
                ..RetryConfig::default()
            })
            .build()
            .map_err(|e| MediaError::Config(format!("S3 store {url}: {e}")))?;
        let prefix = prefix.trim_matches('/');
        let store: Arc<dyn ObjectStore> = if prefix.is_empty() {
            Arc::new(s3)
        } else {
            let p = Path::parse(prefix)
                .map_err(|e| MediaError::Config(format!("S3 prefix {prefix}: {e}")))?;
            Arc::new(PrefixStore::new(s3, p))
        };
        Ok(MediaStore {
            store,
            location: url.trim_end_matches('/').into(),
            local: false,
        })
    }

    /// The store the settings name: `url` (`s3://…`, or `file:///path`) when given, else
    /// the folder `dir`.
    pub fn open(url: Option<&str>, dir: &std::path::Path) -> Result<Self> {
        match url {
            None => Self::local(dir),
            Some(u) if u.starts_with("s3://") => Self::s3(u),
            Some(u) => match u.strip_prefix("file://") {
                Some(path) if path.starts_with('/') => Self::local(std::path::Path::new(path)),
                _ => Err(MediaError::Config(format!(
                    "the media address must start with s3:// or file:///: {u}"
                ))),
            },
        }
    }

    pub fn location(&self) -> &str {
        &self.location
    }

    pub fn is_local(&self) -> bool {
        self.local
    }

    fn path(key: &str) -> Result<Path> {
        Path::parse(key).map_err(|e| MediaError::Unavailable(format!("bad key {key}: {e}")))
    }

    /// Asks the store something cheap, so that a node with a wrong address or
    /// credentials stops at its start rather than at its first upload.
    pub async fn check(&self) -> Result<()> {
        match self.store.head(&Self::path(".wsis-probe")?).await {
            Ok(_) | Err(object_store::Error::NotFound { .. }) => Ok(()),
            Err(e) => Err(MediaError::Unavailable(e.to_string())),
        }
    }

    /// Writes an object whole (atomically: readers see all of it or nothing).
    pub async fn put(&self, key: &str, bytes: impl Into<Bytes>) -> Result<()> {
        self.store
            .put(&Self::path(key)?, PutPayload::from_bytes(bytes.into()))
            .await?;
        Ok(())
    }

    /// Writes several objects; if one fails, those written are deleted again and the
    /// error returned (nothing of them is left).
    pub async fn put_all(&self, objects: Vec<(String, Bytes)>) -> Result<()> {
        let mut written: Vec<String> = Vec::with_capacity(objects.len());
        for (key, bytes) in objects {
            if let Err(e) = self.put(&key, bytes).await {
                for k in &written {
                    self.delete(k).await;
                }
                return Err(e);
            }
            written.push(key);
        }
        Ok(())
    }

    /// The size of an object (`None` when there is none).
    pub async fn size(&self, key: &str) -> Result<Option<u64>> {
        match self.store.head(&Self::path(key)?).await {
            Ok(meta) => Ok(Some(meta.size)),
            Err(object_store::Error::NotFound { .. }) => Ok(None),
            Err(e) => Err(e.into()),
        }
    }

    /// Reads an object, or the bytes `range` of it, as a stream.
    pub async fn get(&self, key: &str, range: Option<Range<u64>>) -> Result<Download> {
        let options = GetOptions {
            range: range.map(GetRange::Bounded),
            ..GetOptions::default()
        };
        let got = self.store.get_opts(&Self::path(key)?, options).await?;
        let size = got.meta.size;
        let range = got.range.clone();
        let body = got
            .into_stream()
            .map(|r| r.map_err(std::io::Error::other))
            .boxed();
        Ok(Download { size, range, body })
    }

    /// Reads a whole object into memory (for small ones: thumbnails in documents,
    /// attachments).
    pub async fn read(&self, key: &str) -> Result<Bytes> {
        Ok(self.store.get(&Self::path(key)?).await?.bytes().await?)
    }

    /// Deletes an object; a missing one is fine, and a failure is logged (the object is
    /// then an orphan for `wsis media gc`).
    pub async fn delete(&self, key: &str) {
        let Ok(path) = Self::path(key) else { return };
        match self.store.delete(&path).await {
            Ok(()) | Err(object_store::Error::NotFound { .. }) => {}
            Err(e) => tracing::warn!(key, error = %e, "cannot delete a media object"),
        }
    }

    /// Deletes an object, saying whether it worked.
    pub async fn try_delete(&self, key: &str) -> Result<()> {
        match self.store.delete(&Self::path(key)?).await {
            Ok(()) | Err(object_store::Error::NotFound { .. }) => Ok(()),
            Err(e) => Err(e.into()),
        }
    }

    /// Every object under `prefix` (a folder: `stocktaking`, `documents`, …).
    pub fn list(&self, prefix: &str) -> BoxStream<'static, Result<Listed>> {
        let prefix = match Self::path(prefix) {
            Ok(p) => p,
            Err(e) => return futures_util::stream::once(async { Err(e) }).boxed(),
        };
        self.store
            .list(Some(&prefix))
            .map(|r| {
                r.map(|meta| Listed {
                    key: meta.location.to_string(),
                    size: meta.size,
                    written_at: meta.last_modified.timestamp(),
                })
                .map_err(MediaError::from)
            })
            .boxed()
    }
}

/// A new random object name: 32 hexadecimal digits.
pub fn new_key() -> Result<String> {
    let mut buf = [0u8; 16];
    getrandom(&mut buf)?;
    Ok(buf.iter().map(|b| format!("{b:02x}")).collect())
}

fn getrandom(buf: &mut [u8]) -> Result<()> {
    getrandom::fill(buf).map_err(|e| MediaError::Unavailable(format!("no random source: {e}")))
}

/// The folder of a key: its first two characters, so that no folder holds more than
/// a 256th of the files.
pub fn shard(key: &str) -> &str {
    &key[..2.min(key.len())]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temp(name: &str) -> std::path::PathBuf {
        let d = std::env::temp_dir().join(format!("wsis-media-test-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&d);
        d
    }

    async fn body(d: Download) -> Vec<u8> {
        let chunks: Vec<_> = d.body.collect().await;
        chunks
            .into_iter()
            .flat_map(|c| c.unwrap().to_vec())
            .collect()
    }

    #[tokio::test]
    async fn a_local_store_writes_reads_ranges_lists_and_deletes() {
        let dir = temp("local");
        let store = MediaStore::local(&dir).unwrap();
        store.check().await.unwrap();
        store
            .put("documents/ab/abcd", b"hello, world".to_vec())
            .await
            .unwrap();
        assert!(dir.join("documents/ab/abcd").exists(), "under the folder");
        assert_eq!(store.size("documents/ab/abcd").await.unwrap(), Some(12));
        assert_eq!(store.size("documents/ab/none").await.unwrap(), None);
        let d = store.get("documents/ab/abcd", None).await.unwrap();
        assert_eq!((d.size, d.range.clone()), (12, 0..12));
        assert_eq!(body(d).await, b"hello, world");
        let d = store.get("documents/ab/abcd", Some(7..12)).await.unwrap();
        assert_eq!((d.size, d.range.clone()), (12, 7..12));
        assert_eq!(body(d).await, b"world");
        assert!(matches!(
            store.get("documents/ab/none", None).await,
            Err(MediaError::NotFound)
        ));
        let listed: Vec<_> = store.list("documents").collect().await;
        assert_eq!(listed.len(), 1);
        assert_eq!(listed[0].as_ref().unwrap().key, "documents/ab/abcd");
        assert!(
            store
                .list("stocktaking")
                .collect::<Vec<_>>()
                .await
                .is_empty()
        );
        store.delete("documents/ab/abcd").await;
        store.delete("documents/ab/abcd").await;
        assert_eq!(store.size("documents/ab/abcd").await.unwrap(), None);
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[tokio::test]
    async fn put_all_leaves_nothing_when_one_write_fails() {
        let dir = temp("all");
        let store = MediaStore::local(&dir).unwrap();
        // A key that is not a valid path fails the second write.
        let r = store
            .put_all(vec![
                (
                    "stocktaking/ab/one.jpg".to_owned(),
                    Bytes::from_static(b"1"),
                ),
                (
                    "stocktaking/../two.jpg".to_owned(),
                    Bytes::from_static(b"2"),
                ),
            ])
            .await;
        assert!(r.is_err());
        assert_eq!(store.size("stocktaking/ab/one.jpg").await.unwrap(), None);
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn addresses_are_checked() {
        let dir = temp("open");
        assert!(MediaStore::open(Some("ftp://x"), &dir).is_err());
        assert!(MediaStore::open(Some("s3://"), &dir).is_err());
        assert!(MediaStore::open(Some("file://relative"), &dir).is_err());
        let s = MediaStore::open(None, &dir).unwrap();
        assert!(s.is_local());
        assert_eq!(new_key().unwrap().len(), 32);
        let _ = std::fs::remove_dir_all(&dir);
    }
}
