package io.alchemy.spring.boot.autoconfigure.replica;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/** Read-your-writes pins the web request that wrote, for the rest of it; outside requests, the thread. */
class RequestReadYourWritesTest {
    private final RequestReadYourWrites readYourWrites = new RequestReadYourWrites(Duration.ofHours(1));

    @AfterEach
    void leaveRequest() {
        RequestContextHolder.resetRequestAttributes();
        readYourWrites.forget();
    }

    @Test
    void aRequestThatWroteStaysOnThePrimaryForTheRestOfIt() {
        RequestContextHolder.setRequestAttributes(new Request());
        assertThat(readYourWrites.pinned()).isFalse();
        readYourWrites.wrote();
        assertThat(readYourWrites.pinned()).isTrue();
        RequestContextHolder.setRequestAttributes(new Request());   // the next request on this thread
        assertThat(readYourWrites.pinned()).isFalse();
        RequestContextHolder.resetRequestAttributes();
        assertThat(readYourWrites.pinned()).as("a request's write does not pin the thread").isFalse();
    }

    @Test
    void outsideRequestsTheThreadThatWroteIsPinned() throws InterruptedException {
        readYourWrites.wrote();
        assertThat(readYourWrites.pinned()).isTrue();
        boolean[] otherThread = new boolean[1];
        Thread other = new Thread(() -> otherThread[0] = readYourWrites.pinned());
        other.start();
        other.join();
        assertThat(otherThread[0]).isFalse();
        readYourWrites.forget();
        assertThat(readYourWrites.pinned()).isFalse();
    }

    @Test
    void forgetEndsARequestsPin() {
        RequestContextHolder.setRequestAttributes(new Request());
        readYourWrites.wrote();
        readYourWrites.forget();
        assertThat(readYourWrites.pinned()).isFalse();
    }

    /** The request attributes of one web request. */
    private static final class Request implements RequestAttributes {
        private final Map<String, Object> attributes = new HashMap<>();

        @Override
        public Object getAttribute(String name, int scope) {
            return attributes.get(name);
        }

        @Override
        public void setAttribute(String name, Object value, int scope) {
            attributes.put(name, value);
        }

        @Override
        public void removeAttribute(String name, int scope) {
            attributes.remove(name);
        }

        @Override
        public String[] getAttributeNames(int scope) {
            return attributes.keySet().toArray(String[]::new);
        }

        @Override
        public void registerDestructionCallback(String name, Runnable callback, int scope) {
        }

        @Override
        public Object resolveReference(String key) {
            return null;
        }

        @Override
        public String getSessionId() {
            return "session";
        }

        @Override
        public Object getSessionMutex() {
            return this;
        }
    }
}
