package io.alchemy.spring.boot.autoconfigure.replica;

import io.alchemy.engine.ReadYourWrites;
import java.time.Duration;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Read-your-writes for web applications: a web request that wrote stays on the primary for the rest of it (a request
 * attribute); work outside web requests is pinned per thread for a window ({@link ReadYourWrites#perThread}).
 */
final class RequestReadYourWrites implements ReadYourWrites {
    private static final String ATTRIBUTE = RequestReadYourWrites.class.getName() + ".wrote";

    private final ReadYourWrites outsideRequests;

    RequestReadYourWrites(Duration window) {
        this.outsideRequests = ReadYourWrites.perThread(window);
    }

    @Override
    public void wrote() {
        RequestAttributes request = request();
        if (request != null) {
            request.setAttribute(ATTRIBUTE, Boolean.TRUE, RequestAttributes.SCOPE_REQUEST);
        } else {
            outsideRequests.wrote();
        }
    }

    @Override
    public boolean pinned() {
        RequestAttributes request = request();
        return request != null ? request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST) != null
                : outsideRequests.pinned();
    }

    @Override
    public void forget() {
        RequestAttributes request = request();
        if (request != null) {
            request.removeAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        }
        outsideRequests.forget();
    }

    private static @org.jspecify.annotations.Nullable RequestAttributes request() {
        return RequestContextHolder.getRequestAttributes();
    }
}
