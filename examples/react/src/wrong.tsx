// Must not type-check: the test expects tsc to reject each line marked "error".
export const wrong = (
  <>
    {/* error: a photo is a Photo object, not a string */}
    <stadt-photo photo="x" />
    {/* error: layout is 'list' | 'grid' */}
    <stadt-news-list layout="carousel" />
    {/* error: no such element */}
    <stadt-wetter />
  </>
);
