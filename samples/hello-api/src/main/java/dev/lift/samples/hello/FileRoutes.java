package dev.lift.samples.hello;

import dev.lift.annotations.Body;
import dev.lift.annotations.PathParam;
import dev.lift.annotations.QueryParam;
import dev.lift.annotations.Route;
import dev.lift.runtime.error.LiftError;
import dev.lift.runtime.http.Response;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Binary bodies in and out, and a greedy path variable for nested paths. */
public class FileRoutes {
  /** One file in a listing. */
  public record FileInfo(String path, long size) {}

  /** The files whose size is within the limit. */
  public record FileList(List<FileInfo> files) {}

  private static final byte[] ONE_PIXEL_PNG =
      Base64.getDecoder()
          .decode(
              "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

  private final Map<String, byte[]> files = new TreeMap<>();

  public FileRoutes() {
    files.put("docs/readme.txt", "Files are kept in memory.\n".getBytes(StandardCharsets.UTF_8));
    files.put("images/pixel.png", ONE_PIXEL_PNG);
  }

  /** {@code GET /files?maxSize=100}: an optional long. */
  @Route("GET /files")
  public FileList list(@QueryParam("maxSize") Optional<Long> maxSize) {
    List<FileInfo> listed = new ArrayList<>();
    files.forEach(
        (path, content) -> {
          if (content.length <= maxSize.orElse(Long.MAX_VALUE)) {
            listed.add(new FileInfo(path, content.length));
          }
        });
    return new FileList(listed);
  }

  /** {@code GET /files/images/pixel.png}: {@code {path+}} takes the rest of the path. */
  @Route("GET /files/{path+}")
  public byte[] read(@PathParam String path) {
    byte[] content = files.get(path);
    if (content == null) {
      throw LiftError.notFound("No file " + path);
    }
    return content.clone();
  }

  /** {@code PUT /files/notes/today.bin} with any body: stored as raw bytes. */
  @Route("PUT /files/{path+}")
  public Response<Void> write(@PathParam String path, @Body byte[] content) {
    boolean created = files.put(path, content.clone()) == null;
    return Response.<Void>status(created ? 201 : 204).header("Location", "/files/" + path);
  }
}
