package dev.lift.runtime.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lift.runtime.error.LiftError;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A request's path, cut into the segments that generated matchers read. */
class RequestPathSegmentsTest {

  private static List<String> segments(String path) {
    Request request = Request.ofPath(path);
    List<String> segments = new ArrayList<>();
    for (int i = 0; i < request.segmentCount(); i++) {
      segments.add(request.segment(i));
    }
    return segments;
  }

  @Nested
  class Cutting {
    @ParameterizedTest(name = "''{0}'' has segments {1}")
    @CsvSource(delimiter = ';', value = {
        "/;                 ''",
        "'';                ''",
        "//;                ''",
        "/users;            users",
        "/users/;           users",
        "users/42;          users|42",
        "/users/42;         users|42",
        "/users/42/;        users|42",
        "/a//b;             a||b",
        "/a/b//;            a|b|",
        "///;               |",
        "/caf%C3%A9/x%2Fy;  caf%C3%A9|x%2Fy",
    })
    void cutsAtSlashesIgnoringOneLeadingAndOneTrailingSlash(String path, String expected) {
      List<String> want = expected.isEmpty() ? List.of() : List.of(expected.split("\\|", -1));

      assertEquals(want, segments(path));
    }

    @Test
    void thePathStaysAsSent() {
      Request request = Request.ofPath("/users/caf%C3%A9/");

      assertEquals("/users/caf%C3%A9/", request.path());
      assertEquals("GET /users/caf%C3%A9/", request.toString());
    }

    @Test
    void requestsFromTheBuilderAreCutToo() {
      Request request = Request.builder(EventKind.ALB, "PUT", "/files/a/b").build();

      assertEquals(3, request.segmentCount());
      assertEquals("b", request.segment(2));
    }
  }

  @Nested
  class MatchingInPlace {
    private final Request request = Request.ofPath("/users/Aa//%41");

    @Test
    void hashIsTheSegmentStringsHash() {
      assertEquals("users".hashCode(), request.segmentHash(0));
      assertEquals("Aa".hashCode(), request.segmentHash(1));
      assertEquals("".hashCode(), request.segmentHash(2));
      assertEquals("%41".hashCode(), request.segmentHash(3), "hashed as sent, not decoded");
    }

    @Test
    void segmentIsComparesExactly() {
      assertTrue(request.segmentIs(0, "users"));
      assertFalse(request.segmentIs(0, "user"));
      assertFalse(request.segmentIs(0, "users/"));
      assertFalse(request.segmentIs(0, "Users"), "case-sensitive");
      assertTrue(request.segmentIs(1, "Aa"));
      assertFalse(request.segmentIs(1, "BB"), "same hash, other text");
      assertTrue(request.segmentIs(2, ""));
      assertFalse(request.segmentIs(3, "A"), "compared as sent, not decoded");
    }

    @Test
    void anEmptySegmentIsNotPresent() {
      assertTrue(request.segmentPresent(0));
      assertFalse(request.segmentPresent(2));
      assertTrue(request.segmentPresent(3));
    }
  }

  @Nested
  class Decoding {
    @ParameterizedTest(name = "''{0}'' decodes to ''{1}''")
    @CsvSource(delimiter = ';', value = {
        "/x/plain;          plain",
        "/x/a%20b;          a b",
        "/x/a+b;            a+b",
        "/x/a%2Fb;          a/b",
        "/x/caf%C3%A9;      café",
        "/x/%E2%82%AC%e2%82%ac; €€",
        "/x/café;           café",
        "/x/café%20x;       café x",
        "/x/\uD83D\uDE00%21; \uD83D\uDE00!",
        "/x/€€€€€€%21;      €€€€€€!",
    })
    void decodesPercentEscapesAsUtf8(String path, String expected) {
      assertEquals(expected, Request.ofPath(path).decodedSegment(1));
    }

    @Test
    void decodesFromASegmentToTheLastJoinedWithSlashes() {
      Request request = Request.ofPath("/files/a%20b/c%2Fd/e/");

      assertEquals("a b/c/d/e", request.decodedFrom(1));
      assertEquals("e", request.decodedFrom(3));
      assertEquals("files/a%20b/c%2Fd/e".replace("%20", " ").replace("%2F", "/"), request.decodedFrom(0));
    }

    @Test
    void decodesFromKeepsEmptySegments() {
      assertEquals("a//b", Request.ofPath("/files/a//b").decodedFrom(1));
    }

    @ParameterizedTest(name = "''{0}'' is a bad request")
    @CsvSource(delimiter = ';', value = {
        "/x/%zz;    Invalid percent-encoding in '%zz'",
        "/x/a%2;    Invalid percent-encoding in 'a%2'",
        "/x/a%;     Invalid percent-encoding in 'a%'",
        "/x/%2/y;   Invalid percent-encoding in '%2'",
        "/x/%FF;    Percent-encoding in '%FF' is not UTF-8",
        "/x/%C3;    Percent-encoding in '%C3' is not UTF-8",
    })
    void aBadEscapeIsABadRequestNamingTheSegment(String path, String message) {
      LiftError error = assertThrows(LiftError.class, () -> Request.ofPath(path).decodedSegment(1));

      assertEquals(400, error.status());
      assertEquals(message, error.getMessage());
    }

    @Test
    void aBadEscapeInAGreedyVariableNamesAllOfIt() {
      LiftError error = assertThrows(LiftError.class, () -> Request.ofPath("/f/a/%zz").decodedFrom(1));

      assertEquals(400, error.status());
      assertEquals("Invalid percent-encoding in 'a/%zz'", error.getMessage());
    }

    @Test
    void anEscapeInAnotherSegmentIsNotDecodedNorChecked() {
      Request request = Request.ofPath("/%zz/a%20b/%FF");

      assertEquals("a b", request.decodedSegment(1));
      assertEquals("%zz", request.segment(0));
    }
  }
}
